import Foundation
import Model

/// cairo stamps PDFs with the time they were made. The stamp is replaced by a fixed date of
/// exactly the same length, so the cross-reference offsets stay valid and two builds of the same
/// content give the same bytes.
public enum PDFMetadata {
    /// The creation date a procedure's PDFs carry (`YYYYMMDD`): its last update (the first of the
    /// month when only the month is known); nil (1970-01-01) when it has none. It comes from the
    /// content, never the clock.
    public static func creationDate(for procedure: Procedure) -> String? {
        guard let d = procedure.lastUpdated else { return nil }
        return PolicyDate(year: d.year, month: d.month, day: d.day ?? 1).description.replacingOccurrences(of: "-", with: "")
    }

    static func fixCreationDate(_ pdf: Data, to date: String?) -> Data {
        // `D:YYYYMMDDHHmmSSZ`, 17 bytes, as cairo writes it.
        let stamp = "D:" + (date ?? "19700101") + "000000Z"
        let marker = Array("/CreationDate (".utf8)
        var bytes = [UInt8](pdf)
        guard stamp.utf8.count == 17, let start = find(marker, in: bytes) else { return pdf }
        let from = start + marker.count
        guard let close = bytes[from...].firstIndex(of: UInt8(ascii: ")")), close - from == 17 else { return pdf }
        bytes.replaceSubrange(from..<close, with: Array(stamp.utf8))
        return Data(bytes)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
