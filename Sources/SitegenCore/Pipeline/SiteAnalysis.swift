/// The stages between parsing and rendering: the parsed files assembled into a site, the site
/// validated, the footer rendered. The full build, the check and the preview's rebuilds all
/// analyse a site through `SiteAnalysis.analyse`; the preview keeps the result and updates its
/// parts after an edit.
struct SiteAnalysis: Sendable {
    var site: Site
    /// The footer's HTML (with `SiteURL` markers).
    var footer: String
    /// The problems of placing the files and of the footer: they change only with the files'
    /// places, kinds and drafts, and with the settings.
    var assembly: DiagnosticBag
    /// The validation stage's problems, the body links' kept by file.
    var validation: SiteValidator.Validation
    /// Every problem found after parsing.
    var diagnostics: DiagnosticBag

    /// Every problem but those of body links, which are in `validation.bodyReferences`.
    var structureDiagnostics: DiagnosticBag {
        var bag = assembly
        bag.merge(validation.structure)
        return bag
    }

    /// `diagnostics` worked out again from the parts, after the preview changed some of them.
    mutating func collectDiagnostics(parsing: [DiagnosticBag]) {
        var all = DiagnosticBag()
        for bag in parsing { all.merge(bag) }
        all.merge(structureDiagnostics)
        for id in validation.bodyReferences.keys.sorted() { all.merge(validation.bodyReferences[id] ?? DiagnosticBag()) }
        diagnostics = all
    }

    /// Assembles `files` into a site, validates it and renders the footer.
    static func analyse(_ files: [ContentFile], inventory: ContentInventory, plan: BuildPlan) -> SiteAnalysis {
        var diagnostics = DiagnosticBag()
        let assembled = AssembleStage.run(files: files, inventory: inventory, config: plan.config,
                                          contentDirectory: plan.layout.contentDirectory, includeDrafts: plan.includeDrafts)
        diagnostics.merge(assembled.diagnostics)
        // A refused file has one error: that it cannot be published, not where it would go too.
        let refused = PublishableFiles.check(assembled.site)
        diagnostics.merge(OutputClashes.check(assembled.site, pdf: plan.pdf, skipping: refused.paths))
        diagnostics.merge(refused.diagnostics)
        let validation = SiteValidator.validateByFile(assembled.site)
        var footerBag = DiagnosticBag()
        let config = plan.config
        let footerHTML = config.footer.map {
            plan.markdownRenderer.render($0, file: "sitegen.yml", contentPath: "footer.md", firstLine: config.footerLine,
                                         diagnostics: &footerBag)
        }
        diagnostics.merge(footerBag)
        if let footer = footerHTML {
            // The footer's links go from the site root, as if it were content/footer.md.
            SiteValidator.checkReferences(footer.references, from: "footer.md", of: nil, site: assembled.site,
                                          headingIDs: validation.headingIDs, into: &diagnostics)
        }
        var analysis = SiteAnalysis(site: assembled.site, footer: footerHTML.map { assembled.site.htmlWithAssetNamesOnDisk($0) } ?? "",
                                    assembly: diagnostics, validation: validation, diagnostics: DiagnosticBag())
        analysis.collectDiagnostics(parsing: [])
        return analysis
    }
}
