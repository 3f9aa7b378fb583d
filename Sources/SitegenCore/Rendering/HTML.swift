/// HTML escaping for text sitegen writes itself (templates escape through Mustache).
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ text: String) -> String {
        FastHTMLEscaping.escape(text)
    }
}
