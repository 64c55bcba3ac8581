extension DiagnosticCatalogue {
    static let closures = "calendars/closures.json"

    static let calendarEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .calendarFile, .calendars, "Calendar file not readable", .error,
            explanation: "A file in `content/calendars/` is not a JSON object in the shape of GOV.UK's bank-holidays.json. None of its calendars are read, so procedures that use them cannot count working days.",
            example: .edits("A partnership's office closures with the comma between two events left out.",
                            [.write(file: closures, text: """
                                {
                                  "herts-closures": {
                                    "extends": "england-and-wales",
                                    "events": [
                                      {"title": "Office closure", "date": "2025-12-29"}
                                      {"title": "Office closure", "date": "2025-12-30"}
                                    ]
                                  }
                                }

                                """)],
                            reportedIn: shown(closures)),
            fix: DiagnosticFix("Make the file valid JSON in the shape of bank-holidays.json; a JSON validator, or `python3 -m json.tool`, points to the fault.",
                               [.replace(file: closures, old: "      {\"title\": \"Office closure\", \"date\": \"2025-12-29\"}\n", new: "      {\"title\": \"Office closure\", \"date\": \"2025-12-29\"},\n")])),
        DiagnosticDescription(
            .calendarDuplicate, .calendars, "Calendar defined twice", .error,
            explanation: "Two calendar files define a calendar of the same name. escalate keeps the first and ignores the second, so the closure days a partnership added may silently not count.",
            example: .edits("Office closures added as a second `england-and-wales` calendar.",
                            [.write(file: closures, text: """
                                {
                                  "england-and-wales": {
                                    "events": [
                                      {"title": "Office closure", "date": "2025-12-29"}
                                    ]
                                  }
                                }

                                """)],
                            reportedIn: shown(closures)),
            fix: DiagnosticFix("Give the new calendar its own name, make it `extends` the bank holidays, and name it in the procedure's `calendar`.",
                               [.replace(file: closures, old: "  \"england-and-wales\": {\n", new: "  \"herts-closures\": {\n    \"extends\": \"england-and-wales\",\n")])),
        DiagnosticDescription(
            .calendarDate, .calendars, "Calendar event without a valid date", .error,
            explanation: "An event in a calendar file has no `date`, or one that is not a real day in `YYYY-MM-DD` form. The event is skipped, so deadlines would count that day as a working day.",
            example: .edits("A closure day written the British way round.",
                            [.write(file: closures, text: """
                                {
                                  "herts-closures": {
                                    "extends": "england-and-wales",
                                    "events": [
                                      {"title": "Office closure", "date": "29/12/2025"}
                                    ]
                                  }
                                }

                                """)],
                            reportedIn: shown(closures)),
            fix: DiagnosticFix("Write the date as `\"date\": \"YYYY-MM-DD\"`.",
                               [.replace(file: closures, old: "      {\"title\": \"Office closure\", \"date\": \"29/12/2025\"}\n", new: "      {\"title\": \"Office closure\", \"date\": \"2025-12-29\"}\n")])),
        DiagnosticDescription(
            .calendarExtends, .calendars, "Calendar extends one that does not exist", .error,
            explanation: "A calendar says it `extends` another that no file defines, so its bank holidays are missing and deadlines would fall on them.",
            example: .edits("A misspelt calendar name after `extends`.",
                            [.write(file: closures, text: """
                                {
                                  "herts-closures": {
                                    "extends": "england-wales",
                                    "events": [
                                      {"title": "Office closure", "date": "2025-12-29"}
                                    ]
                                  }
                                }

                                """)],
                            reportedIn: shown("calendars")),
            fix: DiagnosticFix("Name a calendar defined in `content/calendars/`, such as `england-and-wales`.",
                               [.replace(file: closures, old: "    \"extends\": \"england-wales\",\n", new: "    \"extends\": \"england-and-wales\",\n")])),
        DiagnosticDescription(
            .unknownCalendar, .calendars, "Unknown calendar", .error,
            explanation: "A procedure's `calendar` names no calendar in `content/calendars/`. Its working-day deadlines cannot be counted, so the deadline calculator and `escalate deadlines` would have nothing to go on.",
            example: .edits("`calendar: england` in place of `england-and-wales`.",
                            [.replace(file: herts, old: "calendar: england-and-wales\n", new: "calendar: england\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Name one of the calendars the message lists, or add the calendar to `content/calendars/`.",
                               [.replace(file: herts, old: "calendar: england\n", new: "calendar: england-and-wales\n")])),
    ]
}
