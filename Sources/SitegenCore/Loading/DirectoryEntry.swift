import Foundation

/// Reads the fields of an entry readdir(3) returned without loading the whole `struct dirent`:
/// the kernel's record is only as long as its name (`d_reclen`), so copying the struct
/// (`entry.pointee.d_name`) read past the end of readdir's buffer, which crashed `sitegen
/// serve` when a record ended at the edge of a memory page (found by an audit: a folder of
/// 3,000 pictures).
package enum DirectoryEntry {
    /// The entry's name.
    package static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        let field = UnsafeRawPointer(entry) + nameOffset
        return String(cString: field.assumingMemoryBound(to: CChar.self))
    }

    /// The entry's type (`DT_DIR`, `DT_REG`, `DT_UNKNOWN` ...).
    package static func type(of entry: UnsafeMutablePointer<dirent>) -> UInt8 {
        (UnsafeRawPointer(entry) + typeOffset).load(as: UInt8.self)
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 18
}
