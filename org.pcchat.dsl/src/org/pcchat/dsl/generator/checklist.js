// Keeps the ticks of one HTML checklist in localStorage; inlined into each page by HtmlAssets.
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
