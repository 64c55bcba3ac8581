extension DiagnosticCatalogue {
    static let themeEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .themeTemplate, .theme, "Theme template that cannot be used", .error,
            explanation: "A template in `content/theme/templates/` does not parse as Mustache, is not UTF-8, or has a name that replaces none of the built-in templates. The site cannot be made with it.",
            example: .edits("A footer template whose section is never closed.",
                            [.write(file: "theme/templates/footer.mustache", text: """
                                <footer class="site-footer">
                                {{#site.footer}}<p>{{site.footer}}</p>
                                </footer>

                                """)],
                            reportedIn: shown("theme/templates/footer.mustache")),
            fix: DiagnosticFix("Close every `{{#section}}` with its `{{/section}}`, and name the file after a built-in template (the message lists them).",
                               [.replace(file: "theme/templates/footer.mustache", old: "{{#site.footer}}<p>{{site.footer}}</p>\n", new: "{{#site.footer}}<p>{{site.footer}}</p>{{/site.footer}}\n")])),
        DiagnosticDescription(
            .themeLogo, .theme, "Logo missing or without alternative text", .error,
            explanation: "`theme.yml` names a logo that is not a file in `content/theme/`, or gives a logo without `logo-alt`. The site would show a broken image, or one that screen readers cannot announce.",
            example: .edits("A logo named in theme.yml but not added to the theme folder.",
                            [.write(file: "theme/theme.yml", text: """
                                organisation: Hertfordshire Safeguarding Children Partnership
                                logo: hscp-logo.svg
                                logo-alt: Hertfordshire Safeguarding Children Partnership

                                """)],
                            reportedIn: shown("theme/theme.yml")),
            fix: DiagnosticFix("Put the logo (SVG or PNG) in `content/theme/` under the name given, with `logo-alt` naming the organisation.",
                               [.write(file: "theme/hscp-logo.svg", text: """
                                   <svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1d3c6e"/></svg>

                                   """)])),
        DiagnosticDescription(
            .themeColour, .theme, "Colour not written #RRGGBB", .error,
            explanation: "A colour in `theme.yml` is not six hex digits after `#`. escalate checks every colour's contrast before publishing, and can only do so for colours written that way.",
            example: .edits("The brand colour given by name.",
                            [.write(file: "theme/theme.yml", text: "colours:\n  brand: navy\n")],
                            reportedIn: shown("theme/theme.yml")),
            fix: DiagnosticFix("Write the colour as `#RRGGBB`, in quotes, since `#` otherwise starts a YAML comment.",
                               [.replace(file: "theme/theme.yml", old: "  brand: navy\n", new: "  brand: \"#1d3c6e\"\n")])),
        DiagnosticDescription(
            .themeContrast, .theme, "Colour with too little contrast", .error,
            explanation: "A theme colour has less than 4.5:1 contrast with white, the minimum WCAG 2.2 AA sets for text. Public-sector sites must meet it, and practitioners reading on a phone in poor light need it.",
            example: .edits("A pale blue for links.",
                            [.write(file: "theme/theme.yml", text: "colours:\n  link: \"#7fb2e6\"\n")],
                            reportedIn: shown("theme/theme.yml")),
            fix: DiagnosticFix("Choose a darker colour; a contrast checker shows the ratio.",
                               [.replace(file: "theme/theme.yml", old: "  link: \"#7fb2e6\"\n", new: "  link: \"#1d5fa8\"\n")])),
    ]
}
