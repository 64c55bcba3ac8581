/// The built-in theme's CSS. Colours are custom properties so a theme can change them from
/// theme.yml; every pairing here meets WCAG 2.2 AA contrast (4.5:1 for text) on white.
enum DefaultStylesheet {
    static let css = #"""
    :root {
      --text: #0b0c0c;
      --muted: #484949;
      --brand: #1d4f91;
      --brand-text: #ffffff;
      --link: #1d5ea8;
      --link-visited: #4c2c92;
      --focus: #ffdd00;
      --urgent: #b3261e;
      --urgent-bg: #fdf0ee;
      --note-bg: #f3f2f1;
      --border: #b1b4b6;
      --stage-bg: #f2f7fc;
      --max: 60rem;
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { font-size: 100%; -webkit-text-size-adjust: 100%; }
    body { margin: 0; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: var(--text); background: #fff; }
    img, svg { max-width: 100%; height: auto; }
    body, dd, li, td, th, p { overflow-wrap: break-word; }
    dd, li { overflow-wrap: anywhere; }
    a { overflow-wrap: anywhere; }
    a { color: var(--link); text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .15em; }
    a:visited { color: var(--link-visited); }
    a:hover { text-decoration-thickness: max(3px, .1875rem); }
    a:focus, button:focus, input:focus, summary:focus, [tabindex]:focus { outline: 3px solid transparent; background: var(--focus); color: #0b0c0c; box-shadow: 0 -2px var(--focus), 0 4px #0b0c0c; text-decoration: none; }
    input:focus, button:focus, .table-wrap:focus, main:focus-visible { box-shadow: 0 0 0 3px var(--focus), 0 0 0 6px #0b0c0c; background: #fff; }
    main:focus:not(:focus-visible) { box-shadow: none; background: none; }
    .skip-link { position: absolute; left: -9999px; top: 0; padding: .5rem 1rem; background: var(--focus); color: #0b0c0c; z-index: 10; }
    .skip-link:focus { left: 0; }
    .site-header { background: var(--brand); color: var(--brand-text); border-bottom: .5rem solid var(--link); }
    .site-header__inner, .site-footer__inner, .page { max-width: var(--max); margin: 0 auto; padding: 0 1rem; }
    .site-header__inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 2rem; padding-top: .75rem; padding-bottom: .75rem; }
    .site-header a { color: var(--brand-text); }
    .site-header a:focus { color: #0b0c0c; }
    .site-header__home { font-weight: bold; font-size: 1.25rem; text-decoration: none; display: inline-flex; align-items: center; gap: .5rem; }
    .site-header__logo { max-height: 2.5rem; width: auto; }
    .site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
    .site-nav a[aria-current="page"] { font-weight: bold; text-decoration-thickness: 3px; }
    .page { padding-top: 1.5rem; padding-bottom: 3rem; }
    h1 { font-size: 2.25rem; line-height: 1.15; margin: .5rem 0 1rem; }
    h2 { font-size: 1.6rem; line-height: 1.2; margin: 2.5rem 0 1rem; }
    h3 { font-size: 1.25rem; line-height: 1.25; margin: 1.5rem 0 .5rem; }
    .lead { font-size: 1.3rem; }
    .breadcrumb { margin: 0; font-size: 1rem; }
    .banner { border-left: .5rem solid var(--border); background: var(--note-bg); padding: .75rem 1rem; }
    .callout { border-left: .5rem solid var(--link); background: var(--stage-bg); padding: .75rem 1rem; }
    .callout--urgent { border-left-color: var(--urgent); background: var(--urgent-bg); }
    .callout--note { border-left-color: var(--border); background: var(--note-bg); }
    .tag { display: inline-block; font-size: .85rem; padding: .1rem .4rem; border: 2px solid var(--text); background: #fff; text-transform: uppercase; letter-spacing: .03em; vertical-align: middle; }
    .meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; margin: 0 0 1rem; }
    .meta div { display: contents; }
    .meta dt { font-weight: bold; }
    .meta dd { margin: 0; }
    .urgent { border: 4px solid var(--urgent); background: var(--urgent-bg); padding: 0 1rem 1rem; margin: 1.5rem 0; }
    .urgent h2 { color: var(--urgent); margin-top: 1rem; }
    .urgent__list { list-style: none; padding: 0; margin: 0; }
    .urgent__list > li { border-top: 2px solid var(--urgent); padding-top: .25rem; }
    .urgent__list > li:first-child { border-top: 0; }
    .urgent h3::before { content: "! "; color: var(--urgent); }
    .contents ol { columns: 2 16rem; }
    .stages { list-style: none; padding: 0; margin: 0; }
    .stage { border-left: .4rem solid var(--link); background: var(--stage-bg); padding: .25rem 1rem 1rem; margin: 0 0 1rem; }
    .stage--internal { border-left-style: dashed; }
    .stage--partnership { border-left-width: .8rem; }
    .stage__number { display: block; font-size: 1rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
    .facts { margin: .5rem 0; }
    .facts > div { display: grid; grid-template-columns: 9rem minmax(0, 1fr); gap: 0 1rem; padding: .35rem 0; border-top: 1px solid var(--border); }
    .facts dt { font-weight: bold; }
    .facts dd { margin: 0; }
    .facts ul { margin: 0; padding-left: 1.25rem; }
    .fact--notify dt::before { content: "✉ "; }
    .fact-note { color: var(--muted); }
    .note { color: var(--muted); }
    .cards { list-style: none; padding: 0; }
    .card { border-top: 4px solid var(--brand); padding: .5rem 0 1rem; margin-bottom: 1.5rem; }
    .card__title { margin-top: .5rem; }
    .card__meta { color: var(--muted); font-size: 1rem; margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 1rem; }
    caption { text-align: left; font-weight: bold; padding-bottom: .5rem; }
    th, td { text-align: left; vertical-align: top; padding: .5rem .75rem .5rem 0; border-bottom: 1px solid var(--border); }
    .table-wrap { overflow-x: auto; }
    .compare { min-width: 48rem; }
    .compare th[scope="col"] { min-width: 12rem; }
    .flowchart { margin: 1rem 0; }
    .flowchart__image { overflow-x: auto; background: #fff; border: 1px solid var(--border); padding: .5rem; }
    .flowchart__image svg { display: block; margin: 0 auto; width: 100%; height: auto; }
    .alternative summary { cursor: pointer; color: var(--link); text-decoration: underline; }
    .deadline-calculator { border: 2px solid var(--border); padding: 1rem; }
    .deadline-calculator label { display: block; font-weight: bold; margin-bottom: .25rem; }
    .deadline-calculator input { font: inherit; padding: .3rem; border: 2px solid var(--text); max-width: 100%; }
    .deadline-calculator button { font: inherit; margin: .5rem 0; padding: .4rem 1rem; border: 2px solid #0b0c0c; background: #00703c; color: #fff; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
    .form-questions li { margin-bottom: 1rem; }
    .answer-space { min-height: 5rem; border: 1px solid var(--border); }
    .contacts { padding-left: 1.25rem; }
    .contacts li { margin-bottom: .75rem; }
    .prose > :first-child { margin-top: 0; }
    .site-footer { border-top: 4px solid var(--brand); background: var(--note-bg); font-size: 1rem; }
    .site-footer__inner { padding-top: 1rem; padding-bottom: 1rem; }
    @media (max-width: 40rem) {
      body { font-size: 1.0625rem; }
      h1 { font-size: 1.75rem; }
      .facts > div { grid-template-columns: minmax(0, 1fr); }
      .meta { grid-template-columns: minmax(0, 1fr); }
      .meta dd { margin-bottom: .5rem; }
    }
    @media print {
      @page { size: A4; margin: 15mm; }
      body { font-size: 11pt; color: #000; }
      .skip-link, .site-nav, .contents, .deadline-calculator, #deadlines, .no-print, .breadcrumb { display: none !important; }
      .site-header { background: none; color: #000; border-bottom: 2pt solid #000; }
      .site-header a { color: #000; }
      a { color: #000; }
      a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; word-break: break-all; }
      .stage, .urgent__list > li, .card, tr, .form-questions li { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      #flowchart { break-before: page; }
      .flowchart { break-inside: avoid; }
      .alternative { display: block; }
      .urgent, .stage, .callout { background: none; }
      .answer-space { min-height: 30mm; }
    }
    @media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; } }

    """#
}
