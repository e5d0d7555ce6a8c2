package org.pcchat.dsl.generator;

/**
 * The style and the script of the HTML checklist, inline so the page needs no other file: the
 * script keeps the ticked boxes in the browser's localStorage under a key of their own per
 * checklist (the topology's name and the page's path), so that two checklists never share ticks.
 */
final class HtmlAssets {

	private HtmlAssets() {
	}

	static final String STYLE = """
			:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --line: #d5dbe1; --todo: #0b5cad;
			  --verify: #8a5a00; --error: #b3261e; --warning: #8a5a00; }
			* { box-sizing: border-box; }
			body { margin: 0 auto; max-width: 64rem; padding: 1.5rem 2rem 3rem; color: var(--ink);
			  font: 15px/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; }
			a { color: var(--todo); }
			h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
			h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
			h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
			h4 { font-size: .95rem; margin: 1rem 0 .35rem; color: var(--muted); font-weight: 600; }
			p.summary { margin: 0 0 .5rem; color: var(--muted); }
			.progress { display: flex; gap: 1rem; align-items: center; margin: .5rem 0; font-weight: 600; }
			.progress button { font: inherit; font-weight: 400; font-size: .85rem; padding: .15rem .6rem; }
			nav { margin: 1rem 0; padding: .6rem 1rem; border: 1px solid var(--line); border-radius: 4px; background: #f7f9fb; }
			nav h2 { font-size: 1rem; margin: 0 0 .3rem; border: 0; padding: 0; }
			nav ol { margin: 0; padding-left: 1.2rem; }
			nav ol ol { columns: 2; }
			nav li { margin: .1rem 0; }
			#resolve-first ul { padding-left: 1.2rem; }
			#resolve-first li { margin: .25rem 0; }
			ul.items { list-style: none; margin: 0; padding: 0; }
			li.item { display: grid; grid-template-columns: 1.6rem 1fr; column-gap: .4rem; padding: .5rem .6rem;
			  margin: 0 0 .4rem; border: 1px solid var(--line); border-left: 4px solid var(--todo); border-radius: 4px;
			  break-inside: avoid; page-break-inside: avoid; }
			li.item.verify { border-left-color: var(--verify); }
			li.item.flagged { background: #fdf3f2; border-left-color: var(--error); }
			li.item.done { opacity: .6; }
			li.item:target { outline: 3px solid var(--todo); }
			li.item input { width: 1.05rem; height: 1.05rem; margin: .2rem 0 0; }
			.what { margin: 0; }
			.kind { display: inline-block; min-width: 3.6rem; margin-right: .35rem; padding: 0 .35rem; border-radius: 3px;
			  font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #fff;
			  background: var(--todo); text-align: center; }
			.verify .kind { background: var(--verify); }
			dl { margin: .3rem 0 0; display: grid; grid-template-columns: 4rem 1fr; gap: .15rem .5rem; font-size: .88rem; }
			dt { color: var(--muted); font-weight: 600; }
			dd { margin: 0; min-width: 0; }
			ul.why { margin: 0; padding: 0; list-style: none; }
			code { display: block; margin: 0 0 .15rem; padding: .1rem .35rem; background: #f1f3f5; border-radius: 3px;
			  font: .82rem/1.35 Consolas, "DejaVu Sans Mono", Menlo, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
			.rule { font-weight: 600; }
			.source { font-size: .8rem; }
			.flag { margin: .3rem 0; padding: .2rem .45rem; border-radius: 3px; font-size: .88rem; color: var(--error);
			  background: #fff; border: 1px solid #efc2bf; }
			.flag.warning, .flag.info { color: var(--warning); border-color: #ead7b0; }
			.fix { color: var(--ink); }
			.id { color: var(--muted); font-size: .75rem; }
			@page { margin: 1.4cm 1.2cm; }
			@media print {
			  body { max-width: none; padding: 0; font-size: 10pt; }
			  nav, .progress button { display: none; }
			  h2 { break-after: avoid; page-break-after: avoid; }
			  h3, h4 { break-after: avoid; page-break-after: avoid; }
			  li.item { border-color: #999; }
			  li.item.flagged { background: none; }
			  li.item.done { opacity: 1; }
			  a { color: inherit; text-decoration: none; }
			  a.source::after { content: " (" attr(href) ")"; font-size: .75rem; overflow-wrap: anywhere; }
			  code { background: none; border: 1px solid #ccc; }
			}
			""";

	/** Restores and records the ticks; without localStorage (some browsers' private modes) boxes still tick. */
	static final String SCRIPT = """
			(function () {
			  var key = 'pcchat-checklist:' + document.documentElement.getAttribute('data-checklist') + ':' + location.pathname;
			  var boxes = document.querySelectorAll('li.item > input[type=checkbox]');
			  var progress = document.getElementById('progress');
			  var done = {};
			  try { done = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) { done = {}; }
			  function save() { try { localStorage.setItem(key, JSON.stringify(done)); } catch (e) { /* not kept */ } }
			  function show() {
			    var ticked = 0;
			    for (var i = 0; i < boxes.length; i++) {
			      boxes[i].parentNode.classList.toggle('done', boxes[i].checked);
			      if (boxes[i].checked) { ticked++; }
			    }
			    progress.textContent = ticked + ' of ' + boxes.length + ' items done';
			  }
			  for (var i = 0; i < boxes.length; i++) {
			    boxes[i].checked = done[boxes[i].parentNode.id] === true;
			    boxes[i].addEventListener('change', function (event) {
			      var id = event.target.parentNode.id;
			      if (event.target.checked) { done[id] = true; } else { delete done[id]; }
			      save();
			      show();
			    });
			  }
			  document.getElementById('clear').addEventListener('click', function () {
			    if (!window.confirm('Clear every tick of this checklist?')) { return; }
			    done = {};
			    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = false; }
			    save();
			    show();
			  });
			  show();
			})();
			""";
}
