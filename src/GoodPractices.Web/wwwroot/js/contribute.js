// The contribute page's conveniences. The form works fully without them: every field is plain HTML, there are
// spare blank rows, and the server checks everything. This file only saves typing and scrolling.
(function () {
  "use strict";

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (_, i) { return String(values[Number(i)]); });
  }

  // Put the reader where the news is: the error summary, or the finished file.
  var focusTarget = document.querySelector("[data-focus-on-load]");
  if (focusTarget) focusTarget.focus();

  // Live character count for the summary.
  document.querySelectorAll("textarea[data-max-length]").forEach(function (area) {
    var counter = document.getElementById(area.id + "-count");
    if (!counter) return;
    var max = Number(area.getAttribute("data-max-length"));
    function update() {
      var length = area.value.trim().replace(/\s+/g, " ").length;
      var over = length > max;
      counter.textContent = over
        ? format(counter.getAttribute("data-over-template"), [length - max])
        : format(counter.getAttribute("data-template"), [length, max]);
      counter.classList.toggle("over", over);
    }
    area.addEventListener("input", update);
    update();
  });

  // Filter the long list of countries by name or code, ignoring accents and case.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase();
  }
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-filter"));
    if (!list) return;
    input.closest(".country-filter").hidden = false;
    var items = Array.prototype.slice.call(list.querySelectorAll("[data-filter-text]"));
    items.forEach(function (item) { item.setAttribute("data-folded", fold(item.getAttribute("data-filter-text"))); });
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      items.forEach(function (item) {
        var checked = item.querySelector("input").checked;
        item.hidden = query.length > 0 && !checked && item.getAttribute("data-folded").indexOf(query) < 0;
      });
    });
  });

  // "Add another": copy the last row, number it one higher and empty it.
  document.querySelectorAll("[data-rows]").forEach(function (group) {
    var button = group.querySelector("[data-add-row]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var rows = group.querySelectorAll("[data-row]");
      var last = rows[rows.length - 1];
      var index = rows.length - 1;
      var clone = last.cloneNode(true);
      clone.querySelectorAll(".field-messages").forEach(function (m) { m.remove(); });
      clone.querySelectorAll("[name],[id],[for],[aria-describedby]").forEach(function (el) {
        if (el.name) el.name = el.name.replace("[" + index + "]", "[" + (index + 1) + "]");
        if (el.id) el.id = el.id.replace(/-(\d+)(?=-|$)/, "-" + (index + 2));
        if (el.htmlFor) el.htmlFor = el.htmlFor.replace(/-(\d+)(?=-|$)/, "-" + (index + 2));
        el.removeAttribute("aria-describedby");
        el.removeAttribute("aria-invalid");
      });
      clone.querySelectorAll("legend, label").forEach(function (el) {
        if (el.childNodes.length && el.childNodes[0].nodeType === Node.TEXT_NODE) {
          el.childNodes[0].textContent = el.childNodes[0].textContent.replace(String(index + 1), String(index + 2));
        }
      });
      clone.querySelectorAll("input").forEach(function (input) { input.value = ""; });
      clone.querySelectorAll("select").forEach(function (select) { select.selectedIndex = 0; });
      last.after(clone);
      var first = clone.querySelector("input, select");
      if (first) first.focus();
    });
  });

  // Suggest an id from the title and countries until the contributor writes their own. The server makes it
  // (GET contribute/id), by the same rule it uses when the id is left empty; the latest answer wins.
  var id = document.getElementById("f-id");
  var title = document.getElementById("f-title");
  if (id && title && id.form && window.fetch) {
    var suggested = id.value;
    var asked = 0;
    function suggest() {
      if (id.value !== suggested) return;
      var url = new URL(id.form.action);
      url.pathname = url.pathname.replace(/\/?$/, "/id");
      url.search = "";
      url.searchParams.append("title", title.value);
      document.querySelectorAll("input[name='Countries']:checked").forEach(function (c) { url.searchParams.append("countries", c.value); });
      var mine = ++asked;
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
          if (!answer || mine !== asked || id.value !== suggested) return;
          suggested = answer.id;
          id.value = suggested;
        })
        .catch(function () { /* the server suggests one when the form is sent */ });
    }
    title.addEventListener("input", suggest);
    document.querySelectorAll("input[name='Countries']").forEach(function (c) { c.addEventListener("change", suggest); });
  }

  // Copy the generated file.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentElement.querySelector(".copy-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      function done(ok) {
        if (status) status.textContent = button.getAttribute(ok ? "data-copied" : "data-copy-failed");
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(source.value).then(function () { done(true); }, function () { source.select(); done(false); });
      } else {
        source.select();
        done(document.execCommand && document.execCommand("copy"));
      }
    });
  });
})();

// The step being filled in is marked in the list of steps (aria-current="step") as the reader moves through the form.
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll(".form-steps a[data-step]"));
  var progress = document.querySelector(".form-steps .step-progress");
  if (links.length === 0 || !("IntersectionObserver" in window)) return;
  var sections = links.map(function (link) { return document.getElementById(link.getAttribute("data-step")); });
  function mark(index) {
    links.forEach(function (link, i) {
      if (i === index) link.setAttribute("aria-current", "step");
      else link.removeAttribute("aria-current");
    });
    if (progress) {
      progress.hidden = false;
      progress.textContent = progress.getAttribute("data-template").replace("{0}", index + 1).replace("{1}", links.length);
    }
  }
  var visible = {};
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
    for (var i = 0; i < sections.length; i++) {
      if (sections[i] && visible[sections[i].id]) { mark(i); return; }
    }
  }, { rootMargin: "-20% 0px -60% 0px" });
  sections.forEach(function (section) { if (section) observer.observe(section); });
  mark(0);
})();
