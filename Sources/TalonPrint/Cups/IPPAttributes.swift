import CCups

/// Reading attributes out of an IPP response (`ipp_t`), inside ``CupsConnection`` only.
enum IPPAttributes {
    static func string(_ group: OpaquePointer, _ name: String) -> String? {
        guard let attr = ippFindAttribute(group, name, IPP_TAG_ZERO),
              let value = talon_ipp_string(attr, 0) else { return nil }
        return String(cString: value)
    }

    /// A new request with the usual operation attributes and `requested-attributes`.
    static func request(_ operation: ipp_op_t, printerURI: String?, requested: [String]) -> OpaquePointer {
        let request = ippNewRequest(operation)!
        if let printerURI {
            ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nil, printerURI)
        }
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nil, cupsUser())
        if !requested.isEmpty {
            let list = requested.joined(separator: "\0") + "\0\0"
            talon_ipp_add_requested(request, list)
        }
        return request
    }

    /// Splits a response into its groups of one tag (one printer, one job each).
    static func groups(_ response: OpaquePointer, tag: ipp_tag_t) -> [[String: OpaquePointer]] {
        var result: [[String: OpaquePointer]] = []
        var current: [String: OpaquePointer] = [:]
        var attr = ippFirstAttribute(response)
        while let a = attr {
            if ippGetGroupTag(a) == tag, let name = ippGetName(a) {
                current[String(cString: name)] = a
            } else if !current.isEmpty {
                result.append(current)
                current = [:]
            }
            attr = ippNextAttribute(response)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func string(_ attr: OpaquePointer?) -> String? {
        guard let attr, let value = talon_ipp_string(attr, 0) else { return nil }
        return String(cString: value)
    }

    static func strings(_ attr: OpaquePointer?) -> [String] {
        guard let attr else { return [] }
        return (0..<ippGetCount(attr)).compactMap { talon_ipp_string(attr, $0).map { String(cString: $0) } }
    }

    static func integer(_ attr: OpaquePointer?) -> Int? {
        attr.map { Int(ippGetInteger($0, 0)) }
    }
}
