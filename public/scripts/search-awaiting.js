/* global location, document */
// Loaded by the search page before its results area, as a classic script, so
// that it runs before the first paint (the search app, a module, runs after):
// when the address asks for results (a query or filters), room is kept for
// them until the app shows them, and the footer does not jump down the page.
// See src/pages/[script]/search/index.astro and src/scripts/search/app.ts.
if (location.search.length > 1) document.documentElement.setAttribute('data-search-awaiting', '');
