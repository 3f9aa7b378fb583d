internal import Mustache

/// A string as templates see it. swift-mustache renders a plain `String` through
/// `String(describing:)` after asking it for protocols it does not have, and inside a section
/// of a string (`{{#summary}}…{{/summary}}`) it looks every name up in the string's `Mirror`
/// before the values below it. This type answers both at once: it renders as its text, and it
/// has no named values of its own.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    /// The transforms a string has in swift-mustache (`empty`, `capitalized`, `lowercased`…).
    func transform(_ name: String) -> Any? {
        text.transform(name).map(TemplateObject.wrap)
    }
}
