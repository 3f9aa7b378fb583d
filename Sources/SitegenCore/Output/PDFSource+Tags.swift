import Foundation

extension PDFSource {
    /// The files a print page may use: inside the staging folder, symbolic links resolved.
    struct Scope {
        /// The staging folder's real path.
        let root: String
        /// The print page's folder, against which relative addresses resolve.
        let folder: URL

        init(root: URL, folder: URL) {
            self.root = Scope.realPath(root.path) ?? root.standardizedFileURL.path
            self.folder = folder
        }

        /// The real file a relative address names, when it is inside the root; nil for an
        /// absolute address, another scheme, a path out of the site, or a file that is not there.
        func file(_ value: String) -> URL? {
            guard let path = Scope.relativePath(value) else { return nil }
            let joined = path.isEmpty ? folder.path : folder.path + "/" + path
            guard let real = Scope.realPath(joined), real == root || real.hasPrefix(root + "/") else { return nil }
            return URL(fileURLWithPath: real)
        }

        /// Whether WeasyPrint may load `value`: a `data:` address, or a file inside the root.
        func allows(_ value: String) -> Bool {
            Scope.isData(value) || file(value) != nil
        }

        static func isData(_ value: String) -> Bool {
            cleaned(value)?.lowercased().hasPrefix("data:") ?? false
        }

        static func hasScheme(_ value: String) -> Bool {
            guard let value = cleaned(value) else { return true }
            return value.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*:"#, options: .regularExpression) != nil
        }

        /// Whether a relative link's path stays inside the site from the page at `pagePath`.
        static func staysInside(_ href: String, from pagePath: String) -> Bool {
            guard let path = relativePath(href) else { return false }
            var depth = pagePath.split(separator: "/").count - 1
            for component in path.split(separator: "/") {
                if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
                if depth < 0 { return false }
            }
            return true
        }

        /// The percent-decoded path of a relative address without its query and fragment; nil
        /// when the address is not relative (a scheme, `/`, `//`), holds a backslash or a
        /// control character, or an unknown character reference.
        static func relativePath(_ value: String) -> String? {
            guard let value = cleaned(value), !hasScheme(value), !value.hasPrefix("/"), !value.contains("\\") else { return nil }
            let path = value.prefix { $0 != "?" && $0 != "#" }
            return String(path).removingPercentEncoding
        }

        /// The address as an HTML parser and a URL parser see it: character references decoded,
        /// spaces and control characters at the ends removed, tabs and newlines inside removed.
        static func cleaned(_ value: String) -> String? {
            guard let decoded = decodeReferences(value) else { return nil }
            let trimmed = decoded.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()
            let scalars = trimmed.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            guard !scalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars)
            return String(result)
        }

        private static let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "sol": "/",
            "period": ".", "tab": "\t", "newline": "\n", "lpar": "(", "rpar": ")", "nbsp": "\u{A0}",
        ]

        /// `&#NN;`, `&#xHH;` and the common named references decoded; nil for one it does not know.
        private static func decodeReferences(_ value: String) -> String? {
            guard value.contains("&") else { return value }
            var result = ""
            var rest = Substring(value)
            while let amp = rest.firstIndex(of: "&") {
                result += rest[..<amp]
                rest = rest[rest.index(after: amp)...]
                let body = rest.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
                guard !body.isEmpty else { result += "&"; continue }
                rest = rest.dropFirst(body.count)
                if rest.first == ";" { rest = rest.dropFirst() }
                if body.hasPrefix("#") {
                    let digits = body.dropFirst()
                    let hex = digits.first == "x" || digits.first == "X"
                    guard let number = UInt32(hex ? digits.dropFirst() : digits, radix: hex ? 16 : 10),
                          let scalar = Unicode.Scalar(number) else { return nil }
                    result.unicodeScalars.append(scalar)
                } else {
                    guard let text = named[body.lowercased()] else { return nil }
                    result += text
                }
            }
            return result + rest
        }

        static func realPath(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
    }

    /// Runs `change` on every attribute of every start tag, tokenised as an HTML parser does
    /// (double-, single- or unquoted values, `/` between attributes, names in lower case), and
    /// applies what it says. The value given is the raw text; a new value is escaped.
    static func rewriteTags(in html: String, _ change: (_ tag: String, _ attribute: String, _ value: String) -> Change) -> String {
        guard html.contains("<") else { return html }
        let b = Array(html.utf8)
        let n = b.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        func lower(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self).lowercased() }
        var i = 0
        while i < n {
            guard b[i] == 0x3C, i + 1 < n, isLetter(b[i + 1]) else { out.append(b[i]); i += 1; continue }
            var k = i + 1
            while k < n, !isSpace(b[k]), b[k] != 0x2F, b[k] != 0x3E { k += 1 }
            let tag = lower(b[(i + 1)..<k])
            out += b[i..<k]
            var removed = false
            while true {
                let start = k
                while k < n, isSpace(b[k]) || b[k] == 0x2F { k += 1 }
                if k >= n { out += b[start..<n]; break }
                if b[k] == 0x3E { out += b[start...k]; k += 1; break }
                let nameStart = k
                k += 1
                while k < n, !isSpace(b[k]), b[k] != 0x2F, b[k] != 0x3E, b[k] != 0x3D { k += 1 }
                let name = lower(b[nameStart..<k])
                var end = k
                var value: ArraySlice<UInt8> = []
                var m = k
                while m < n, isSpace(b[m]) { m += 1 }
                if m < n, b[m] == 0x3D {
                    m += 1
                    while m < n, isSpace(b[m]) { m += 1 }
                    if m < n, b[m] == 0x22 || b[m] == 0x27 {
                        let quote = b[m]
                        let close = b[(m + 1)...].firstIndex(of: quote) ?? n
                        value = b[(m + 1)..<close]
                        end = min(close + 1, n)
                    } else {
                        let valueStart = m
                        while m < n, !isSpace(b[m]), b[m] != 0x3E { m += 1 }
                        value = b[valueStart..<m]
                        end = m
                    }
                }
                switch change(tag, name, String(decoding: value, as: UTF8.self)) {
                case .keep:
                    // After a removed attribute, one that followed it without a blank needs one.
                    if removed, start == nameStart { out.append(0x20) }
                    out += b[start..<end]
                    removed = false
                case .remove: removed = true
                case .replace(let new): out += Array(" \(name)=\"\(HTML.escape(new))\"".utf8)
                }
                k = end
            }
            i = k
        }
        return String(decoding: out, as: UTF8.self)
    }
}
