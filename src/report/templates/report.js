(function () {
  "use strict";
  var table = document.getElementById("items");
  var form = document.getElementById("filters");
  if (!table || !form) { return; }
  var rows = table.tBodies[0].rows;
  var count = document.getElementById("shown");
  function value(id) { var el = document.getElementById(id); return el ? el.value : ""; }
  function apply() {
    var label = value("f-label"), platform = value("f-platform"), reason = value("f-reason");
    var words = value("f-text").toLowerCase();
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!label || r.getAttribute("data-label") === label) &&
        (!platform || r.getAttribute("data-platform") === platform) &&
        (!reason || (" " + r.getAttribute("data-reasons") + " ").indexOf(" " + reason + " ") >= 0) &&
        (!words || r.textContent.toLowerCase().indexOf(words) >= 0);
      r.hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = String(shown);
  }
  form.addEventListener("change", apply);
  form.addEventListener("input", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  apply();
})();
