/// The HTML journal's style sheet, inlined so the page loads nothing.
///
/// The print rules start the finding list on a new A4 page and set its table and the gap list in
/// 8 pt. Chromium then prints about forty findings of two lines per page. The rules keep each
/// table row and chart on one page, and each document's findings too where they fit.
enum HTMLStyle {
    static let css = """
        :root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--soft:#f0f4f8;--page:#f5f7fa;--accent:#243b53;\
        --error:#b42318;--warning:#a15c07;--info:#175cd3}
        *{box-sizing:border-box}
        body{margin:0;background:var(--page);color:var(--ink);\
        font:14px/1.45 "Segoe UI",Roboto,"Helvetica Neue","Liberation Sans","DejaVu Sans",Arial,sans-serif}
        .page{max-width:1180px;margin:0 auto;padding:28px 32px 48px}
        .page-head{display:flex;justify-content:space-between;align-items:flex-end;gap:16px;\
        border-bottom:3px solid var(--accent);padding-bottom:12px;margin-bottom:20px}
        h1{font-size:26px;margin:0;color:var(--accent)}
        .sub{color:var(--muted);margin:4px 0 0}
        .verdict{font-weight:600;padding:6px 12px;border-radius:4px;white-space:nowrap}
        .verdict.error{background:#fde8e7;color:var(--error)}
        .verdict.warning{background:#fdf0dc;color:var(--warning)}
        .verdict.clean{background:#e3f4e8;color:#1e6b3a}
        section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin-bottom:20px}
        h2{font-size:18px;margin:0 0 12px;color:var(--accent)}
        h3{font-size:15px;margin:18px 0 8px}
        h4{font-size:14px;margin:0 0 4px}
        .cards{display:grid;grid-template-columns:repeat(7,1fr);gap:10px;margin-bottom:16px}
        .card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;background:#fbfcfd}
        .card .num{display:block;font-size:24px;font-weight:600;font-variant-numeric:tabular-nums}
        .card .lbl{color:var(--muted);font-size:11.5px;text-transform:uppercase;letter-spacing:.04em}
        .card.error .num{color:var(--error)}
        .card.warning .num{color:var(--warning)}
        .card.info .num{color:var(--info)}
        .grid2{display:grid;grid-template-columns:1fr 1fr;gap:20px}
        table{border-collapse:collapse;width:100%;font-size:13px}
        th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
        th{background:var(--soft);font-weight:600}
        .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .empty{color:var(--muted);font-style:italic;margin:4px 0}
        figure{margin:0}
        figcaption{font-weight:600;margin-bottom:6px}
        svg{display:block;width:100%;height:auto}
        .note{color:var(--muted);font-size:12px;margin:4px 0 0}
        code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px}
        code.id,code.path{white-space:nowrap}
        .grid2.split{grid-template-columns:minmax(0,5fr) minmax(0,4fr)}
        .badge{display:inline-block;min-width:64px;text-align:center;padding:1px 8px;border-radius:10px;\
        font-size:11px;font-weight:600;color:#fff;text-transform:uppercase;letter-spacing:.03em}
        .badge.error{background:var(--error)}
        .badge.warning{background:var(--warning)}
        .badge.info{background:var(--info)}
        .gaps{display:flex;flex-wrap:wrap;gap:2px 20px;list-style:none;padding:0;margin:4px 0}
        .gap{color:var(--error);font-weight:600}
        .meta{color:var(--muted);font-weight:400}
        #findings h3 .meta{font-size:13px}
        table.findings{table-layout:fixed;font-size:12.5px;line-height:1.3;margin-bottom:8px}
        table.findings td,table.findings th{padding:3px 6px}
        table.findings th.doc{width:15%}
        table.findings th.loc{width:22%}
        table.findings th.loc.line{width:6%}
        table.findings th.rid{width:16%}
        table.findings tbody{border-top:1px solid #bcccdc}
        table.findings td.doc,table.findings td.loc{overflow-wrap:anywhere}
        table.findings td.doc .meta{display:block;font-size:.88em}
        table.findings code{font-size:.92em}
        td.rid a{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em;font-weight:600;white-space:nowrap;text-decoration:none}
        a.error,.sev.error{color:var(--error)}
        a.warning,.sev.warning{color:var(--warning)}
        a.info,.sev.info{color:var(--info)}
        .sev{font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
        table.matrix td,table.matrix th{padding:3px 6px}
        table.matrix thead th{vertical-align:bottom}
        table.matrix th.v{text-align:center;padding:6px 2px;width:34px}
        table.matrix th.v span{writing-mode:vertical-rl;transform:rotate(180deg);font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;\
        font-size:11.5px;white-space:nowrap}
        table.matrix td.n{padding:3px 4px}
        table.matrix tfoot th{border-top:2px solid var(--line)}
        a{color:inherit}
        .rule{padding:6px 0;border-bottom:1px solid var(--line)}
        .rule h3{margin:0 0 2px}
        .rule p{margin:2px 0}
        .rule .meta{color:var(--muted);font-size:12.5px}
        footer{color:var(--muted);font-size:12px;text-align:center}
        @media (max-width:900px){.grid2{grid-template-columns:1fr}.cards{grid-template-columns:repeat(4,1fr)}}
        @page{size:A4;margin:10mm 12mm}
        @media print{
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{background:#fff;font-size:10pt}
        .page{max-width:none;padding:0}
        section{border:none;border-radius:0;padding:0;margin:0 0 14pt}
        .grid2{grid-template-columns:1fr 1fr}
        .grid2.split{grid-template-columns:1fr}
        .cards{display:flex;flex-wrap:wrap;gap:6px}
        .card{flex:1 1 auto;padding:6px 8px}
        .card .lbl{font-size:7pt;letter-spacing:0}
        #findings{break-before:page}
        .rule,tr,figure,.card{break-inside:avoid}
        table.findings{font-size:8pt;line-height:1.15;font-stretch:condensed}
        table.findings td{padding:0 4px}
        .gaps{font-size:8pt;gap:0 14px}
        table.findings tbody{break-inside:avoid}
        h2,h3,h4{break-after:avoid}
        thead{display:table-header-group}
        }
        """
}
