import Testing
import TextTools

@Suite struct LinkTargetTests {
    @Test(arguments: [
        "https://www.gov.uk/guidance", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:team@example.gov.uk",
        "tel:+441234567890", "//cdn.example.org/x.css", "ftp://files.example.org", "data:text/plain,hi",
        "git+ssh://host/repo", "x-custom.scheme-1:anything", "urn:isbn:0451450523",
    ])
    func linksWithASchemeOrNoHostLeaveTheDocumentSet(destination: String) {
        #expect(LinkTarget.isExternal(destination))
    }

    @Test(arguments: [
        "", "#stage-2", "002_hips.md", "002_hips.md#stage-3", "../calendars/x.json", "./a.md", "/abs/path.md",
        // A colon after something that cannot be a scheme is part of a path, query or fragment.
        "a.md#note:1", "page.html?time=10:30", "folder/a:b.md", "a b:c", ":no-scheme", "1http://x", "é:x", "-x:y",
        "/", "#",
    ])
    func everythingElseIsInside(destination: String) {
        #expect(!LinkTarget.isExternal(destination))
    }
}

@Suite struct CapitalisedFirstTests {
    @Test(arguments: [
        ("the LADO", "The LADO"), ("", ""), ("a", "A"), ("Already", "Already"), ("élan vital", "Élan vital"),
        ("1st stage", "1st stage"), ("\u{2018}quoted\u{2019} first", "\u{2018}quoted\u{2019} first"), ("ｗide", "Ｗide"),
    ])
    func onlyTheFirstCharacterChanges(text: String, expected: String) {
        #expect(text.capitalizedFirst == expected)
    }
}
