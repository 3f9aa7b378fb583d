/// Writes sitemap.xml: every page with its absolute address when `baseURL` is set, else relative.
enum Sitemap {
    static func xml(site: Site, pagePaths: [String]) -> String {
        let base = site.config.baseURL ?? ""
        var lastModified: [String: String] = [:]
        for municipality in site.municipalities {
            for document in municipality.documents {
                if let date = document.metadata.lastModified {
                    lastModified[document.file.pagePath] = date.description
                    lastModified[document.printPath] = date.description
                    for part in document.parts { lastModified[part.pagePath] = date.description }
                }
            }
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        xml.reserveCapacity(pagePaths.count * (base.utf8.count + 100))
        for path in pagePaths.sorted() where path != "404.html" {
            let location = base + (path.hasSuffix("index.html") ? String(path.utf8.dropLast(10)) ?? path : path)
            xml += "  <url><loc>"
            xml += HTML.escape(location)
            xml += "</loc>"
            if let date = lastModified[path] {
                xml += "<lastmod>"
                xml += date
                xml += "</lastmod>"
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
