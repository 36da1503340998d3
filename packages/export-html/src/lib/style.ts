/**
 * The one stylesheet, inline: readable measure, system fonts, contrast above WCAG AA
 * (body #1a1a1a and notes #4a4a4a on white, links #0b57a4), and a print layout
 * without the site's navigation that shows where each link goes.
 */
export const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
.site, main, .foot { max-width: 42rem; margin: 0 auto; padding: 0 1.25rem; }
.site { padding-top: 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid #d0d0d0; }
.site a { color: #1a1a1a; font-weight: 700; text-decoration: none; }
a { color: #0b57a4; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #d0d0d0; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.85rem; font-weight: 700; margin: 1.5rem 0 0; }
.standfirst { font-size: 1.2rem; }
.byline, .details, .note, figcaption, .when { color: #4a4a4a; }
.details { font-size: 0.95rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-inline-start: 4px solid #d0d0d0; }
figure { margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e0e0e0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 700; }
dd { margin: 0; overflow-wrap: anywhere; }
.articles { list-style: none; padding: 0; }
.articles li { margin: 0 0 1.25rem; }
.articles a { font-size: 1.15rem; font-weight: 700; }
.foot { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid #d0d0d0; font-size: 0.95rem; }
@media print {
  body { font-size: 11pt; }
  .site, .foot { display: none; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h2, h3 { break-after: avoid; }
  blockquote, figure, tr { break-inside: avoid; }
}
`.trim();
