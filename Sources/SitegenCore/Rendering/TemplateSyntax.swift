internal import Mustache

/// swift-mustache's parse errors as sitegen's own value, which the catalogs put into words.
enum TemplateSyntax {
    /// What is wrong, for the `templateSyntax` problem.
    static func reason(_ error: any Error) -> Problem.TemplateSyntaxError {
        guard let error = error as? MustacheTemplate.Error else { return .other(String(describing: error)) }
        switch error {
        case .sectionCloseNameIncorrect: return .sectionCloseNameIncorrect
        case .unfinishedName: return .unfinishedName
        case .expectedSectionEnd: return .expectedSectionEnd
        case .invalidSetDelimiter: return .invalidSetDelimiter
        case .transformAppliedToInheritanceSection: return .transformAppliedToInheritanceSection
        case .illegalTokenInsideInheritSection: return .illegalTokenInsideInheritSection
        case .textInsideInheritSection: return .textInsideInheritSection
        case .invalidConfigVariableSyntax: return .invalidConfigVariableSyntax
        case .unrecognisedConfigVariable: return .unrecognisedConfigVariable
        @unknown default: return .other(String(describing: error))
        }
    }
}
