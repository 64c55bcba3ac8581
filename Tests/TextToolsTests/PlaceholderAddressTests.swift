import Testing
import TextTools

@Suite struct PlaceholderAddressTests {
    @Test func reservedDomainsArePlaceholders() {
        for address in ["feedback@example.org", "https://example.org/escalation/", "http://www.example.com", "mailto:A@Sub.Example.NET",
                        "https://user@example.org:8443/x?y#z", "team@hscp.test", "https://site.example/", "x@host.invalid", "http://localhost:8080/",
                        "https://example.org./"] {
            #expect(PlaceholderAddress.isPlaceholder(address), "\(address)")
        }
    }

    @Test func realDomainsAreNot() {
        for address in ["AdminHSCPHSAB@hertfordshire.gov.uk", "https://www.gov.uk/report-child-abuse-to-local-council", "https://notexample.org/",
                        "https://example.org.uk/", "someone@example.organisation.uk", "https://www.example-partnership.gov.uk/", "not an address", ""] {
            #expect(!PlaceholderAddress.isPlaceholder(address), "\(address)")
        }
        #expect(PlaceholderAddress.real("a@example.org") == nil)
        #expect(PlaceholderAddress.real("a@herts.gov.uk") == "a@herts.gov.uk")
        #expect(PlaceholderAddress.real(nil) == nil)
    }
}
