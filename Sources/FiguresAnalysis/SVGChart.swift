import FiguresCore
import Foundation

/// Draws series as an SVG line chart. Bounds are drawn as such: a lower bound is a point with an
/// open arrow upwards (▲) and a dashed line to the top, an upper bound a point with an arrow
/// downwards, a range a vertical bar, an approximate value a hollow point; targets are hollow
/// diamonds. Every point is labelled with its value and period.
public enum SVGChart {
    static let colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#e377c2"]

    public static func render(_ all: [AnalysedSeries], width: Int = 720, height: Int = 320) -> String {
        let left = 70.0, right = Double(width) - 20, top = 30.0, bottom = Double(height) - 40
        let points = all.flatMap { $0.points + $0.targets }.filter { $0.period != nil }
        let days = points.map { Double($0.period!.interval.0.ordinal) }
        let values = points.flatMap { [$0.interval.low, $0.interval.high].compactMap { $0?.doubleValue } }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
            + "font-family=\"sans-serif\" font-size=\"11\">\n"
        let title = all.map { ReportRenderer.escape(Formatting.title($0.key)) }.joined(separator: "; ")
        svg += "<title>\(title)</title>\n"
        guard let minDay = days.min(), let maxDay = days.max(), let maxValue = values.max() else {
            return svg + "<text x=\"\(width / 2)\" y=\"\(height / 2)\" text-anchor=\"middle\">no dated values</text>\n</svg>"
        }
        let top0 = max(maxValue, 0) * 1.15
        let bottom0 = min(values.min() ?? 0, 0)
        func x(_ day: Double) -> Double { maxDay == minDay ? (left + right) / 2 : left + (day - minDay) / (maxDay - minDay) * (right - left) }
        func y(_ v: Double) -> Double { top0 == bottom0 ? bottom : bottom - (v - bottom0) / (top0 - bottom0) * (bottom - top) }
        func f(_ v: Double) -> String { String(Double(Int(v * 10)) / 10) }
        // Axes and ticks.
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(bottom))\" x2=\"\(f(right))\" y2=\"\(f(bottom))\" stroke=\"#999\"/>\n"
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(bottom))\" stroke=\"#999\"/>\n"
        for fraction in [0.0, 0.5, 1.0] {
            let v = bottom0 + (top0 - bottom0) * fraction
            let label = ExactDecimal(String(format: "%.0f", v)).map(Formatting.amount) ?? ""
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" fill=\"#666\">\(ReportRenderer.escape(label))</text>\n"
        }
        for (index, series) in all.enumerated() {
            let color = colors[index % colors.count]
            let dated = series.points.filter { $0.period != nil }
            let line = dated.compactMap { p -> String? in
                guard p.chosen.bound == .exact || p.chosen.bound == .approx, let v = p.chosen.value else { return nil }
                return "\(f(x(Double(p.period!.interval.0.ordinal)))),\(f(y(v.doubleValue)))"
            }
            if line.count > 1 {
                svg += "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"/>\n"
            }
            for point in series.points + series.targets {
                guard let period = point.period else { continue }
                let px = x(Double(period.interval.0.ordinal))
                let o = point.chosen
                let label = ReportRenderer.escape("\(Formatting.value(o)) (\(period))")
                let target = o.status == .target
                switch o.bound {
                case .range:
                    let a = y(o.low?.doubleValue ?? 0), b = y(o.high?.doubleValue ?? 0)
                    svg += "<line class=\"range\" x1=\"\(f(px))\" y1=\"\(f(a))\" x2=\"\(f(px))\" y2=\"\(f(b))\" stroke=\"\(color)\" stroke-width=\"4\"/>\n"
                    svg += "<text x=\"\(f(px + 6))\" y=\"\(f(b - 4))\" fill=\"\(color)\">\(label)</text>\n"
                default:
                    let py = y(o.value?.doubleValue ?? 0)
                    if o.bound == .lower {
                        svg += "<line class=\"lower\" x1=\"\(f(px))\" y1=\"\(f(py))\" x2=\"\(f(px))\" y2=\"\(f(top))\" stroke=\"\(color)\" stroke-dasharray=\"3,3\"/>\n"
                        svg += "<path d=\"M \(f(px - 5)) \(f(py - 8)) L \(f(px)) \(f(py - 16)) L \(f(px + 5)) \(f(py - 8)) Z\" fill=\"none\" stroke=\"\(color)\"/>\n"
                    } else if o.bound == .upper {
                        svg += "<line class=\"upper\" x1=\"\(f(px))\" y1=\"\(f(py))\" x2=\"\(f(px))\" y2=\"\(f(bottom))\" stroke=\"\(color)\" stroke-dasharray=\"3,3\"/>\n"
                        svg += "<path d=\"M \(f(px - 5)) \(f(py + 8)) L \(f(px)) \(f(py + 16)) L \(f(px + 5)) \(f(py + 8)) Z\" fill=\"none\" stroke=\"\(color)\"/>\n"
                    }
                    if target {
                        svg += "<path class=\"target\" d=\"M \(f(px)) \(f(py - 6)) L \(f(px + 6)) \(f(py)) L \(f(px)) \(f(py + 6)) L \(f(px - 6)) \(f(py)) Z\" fill=\"white\" stroke=\"#777\"/>\n"
                    } else {
                        let fill = o.bound == .approx ? "white" : color
                        svg += "<circle class=\"\(o.bound.rawValue)\" cx=\"\(f(px))\" cy=\"\(f(py))\" r=\"4\" fill=\"\(fill)\" stroke=\"\(color)\"/>\n"
                    }
                    svg += "<text x=\"\(f(px + 7))\" y=\"\(f(py - 6))\" fill=\"\(color)\">\(label)</text>\n"
                }
                svg += "<text x=\"\(f(px))\" y=\"\(f(bottom + 16))\" text-anchor=\"middle\" fill=\"#666\">\(period)</text>\n"
            }
            svg += "<text x=\"\(f(left + 8))\" y=\"\(f(16 + Double(index) * 14))\" fill=\"\(color)\">\(ReportRenderer.escape(Formatting.title(series.key))) (\(ReportRenderer.escape(series.key.unit?.code ?? "?")))</text>\n"
        }
        return svg + "</svg>"
    }
}
