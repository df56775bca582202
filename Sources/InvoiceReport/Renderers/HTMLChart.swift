import InvoiceAudit
import InvoiceModel

/// Bar charts drawn as inline SVG with integer coordinates, so the markup is the same on every
/// machine and needs no script or font metrics.
enum HTMLChart {
    static let severityOrder: [Severity] = [.error, .warning, .info]

    /// Draws one vertical bar per month, stacked by severity, with integer ticks on the left.
    static func months(_ months: [MonthCount], words: JournalWords) -> String {
        let width = 560
        let height = 240
        let left = 40
        let right = 12
        let top = 28
        let bottom = 36
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let maximum = max(1, months.map(\.total).max() ?? 0)
        let step = tickStep(maximum)
        let scaleTop = (maximum + step - 1) / step * step
        let slot = plotWidth / max(1, months.count)
        let barWidth = max(4, slot * 3 / 5)
        let labelEvery = max(1, (months.count + 7) / 8)

        var svg = header(width: width, height: height, title: words.findingsByMonth)
        svg += legend(x: left, words: words)
        for tick in stride(from: 0, through: scaleTop, by: step) {
            let y = top + plotHeight - tick * plotHeight / scaleTop
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - right)\" y2=\"\(y)\" stroke=\"#d9e2ec\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\" font-size=\"11\" fill=\"#52606d\">\(tick)</text>"
        }
        for (index, month) in months.enumerated() {
            let x = left + index * slot + (slot - barWidth) / 2
            var base = top + plotHeight
            for severity in severityOrder.reversed() {
                let count = month.bySeverity[severity] ?? 0
                guard count > 0 else { continue }
                let barHeight = count * plotHeight / scaleTop
                base -= barHeight
                svg += "<rect x=\"\(x)\" y=\"\(base)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"\(color(severity))\">"
                svg += "<title>\(month.label(words.language)) · \(escapedMarkup(severity.label(words.language)))\(words.colon)\(count)</title></rect>"
            }
            if month.total > 0 {
                svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(base - 4)\" text-anchor=\"middle\" font-size=\"11\""
                svg += " font-weight=\"600\" fill=\"#1f2933\">\(month.total)</text>"
            }
            if index % labelEvery == 0 {
                svg += "<text x=\"\(left + index * slot + slot / 2)\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\""
                svg += " font-size=\"11\" fill=\"#52606d\">\(month.label(words.language))</text>"
            }
        }
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - right)\" y2=\"\(top + plotHeight)\" stroke=\"#52606d\"/>"
        return svg + "</svg>"
    }

    /// Draws one horizontal bar per rule, coloured by the highest severity of its findings.
    static func rules(_ counts: [RuleCount], words: JournalWords) -> String {
        let width = 560
        let left = 96
        let right = 40
        let rowHeight = 26
        let top = 8
        let height = top * 2 + rowHeight * max(1, counts.count)
        let maximum = max(1, counts.map(\.count).max() ?? 0)
        let plotWidth = width - left - right

        var svg = header(width: width, height: height, title: words.findingsByRule)
        for (index, rule) in counts.enumerated() {
            let y = top + index * rowHeight
            let barWidth = max(2, rule.count * plotWidth / maximum)
            svg += "<text x=\"\(left - 8)\" y=\"\(y + 17)\" text-anchor=\"end\" font-size=\"12\" fill=\"#1f2933\""
            svg += " font-family=\"DejaVu Sans Mono,monospace\">\(escapedMarkup(rule.ruleID))</text>"
            svg += "<rect x=\"\(left)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"\(rowHeight - 8)\" rx=\"2\""
            svg += " fill=\"\(color(rule.severity))\"><title>\(escapedMarkup(words.ruleTitle(rule.ruleID)))</title></rect>"
            svg += "<text x=\"\(left + barWidth + 6)\" y=\"\(y + 17)\" font-size=\"12\" font-weight=\"600\""
            svg += " fill=\"#1f2933\">\(rule.count)</text>"
        }
        return svg + "</svg>"
    }

    static func color(_ severity: Severity) -> String {
        switch severity {
        case .error: "#b42318"
        case .warning: "#a15c07"
        case .info: "#175cd3"
        }
    }

    /// Returns a tick step of 1, 2 or 5 times a power of ten that gives at most five ticks.
    static func tickStep(_ maximum: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where maximum <= factor * magnitude * 5 { return factor * magnitude }
            magnitude *= 10
        }
    }

    private static func header(width: Int, height: Int, title: String) -> String {
        "<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\""
            + " height=\"\(height)\" role=\"img\" font-family=\"DejaVu Sans,Arial,sans-serif\">"
            + "<title>\(escapedMarkup(title))</title>"
    }

    private static func legend(x: Int, words: JournalWords) -> String {
        var out = ""
        var position = x
        for severity in severityOrder {
            let label = escapedMarkup(severity.label(words.language))
            out += "<rect x=\"\(position)\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(color(severity))\"/>"
            out += "<text x=\"\(position + 14)\" y=\"15\" font-size=\"11\" fill=\"#52606d\">\(label)</text>"
            position += 28 + label.count * 7
        }
        return out
    }
}
