internal import Mustache

/// A whole number as templates see it, for the same reasons as `TemplateText`; it keeps the
/// transforms swift-mustache gives numbers (`plusone`, `minusone`, `even`, `odd`, `equalzero`).
struct TemplateNumber: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    let number: Int

    init(_ number: Int) {
        self.number = number
    }

    var renderText: String { String(number) }
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        number.transform(name).map(TemplateObject.wrap)
    }
}
