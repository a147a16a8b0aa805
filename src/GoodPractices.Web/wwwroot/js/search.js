// The search page's conveniences. Every facet, chip, page link and the form work without this file, as plain
// links and a GET form. With it, following one of them fetches the same address, swaps the parts of the page that
// depend on it (each marked data-search-part) and records the address in the history, so the reader keeps their
// place, the address stays one they can share, and Back still returns to the previous results.
(function () {
  "use strict";

  var region = document.querySelector("[data-search-region]");
  var form = document.querySelector("form.search-form");
  if (!region || !form || !window.fetch || !window.DOMParser || !window.AbortController || !window.URLSearchParams ||
      !history.pushState) {
    return;
  }

  // Changing the sort order leaves focus on the select, so the new count is read out from here instead.
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  region.after(status);

  var shown = withoutHash(location.href);
  var pending = null;

  function withoutHash(address) {
    var url = new URL(address, location.href);
    url.hash = "";
    return url.href;
  }

  function isSearchAddress(url) {
    return url.origin === location.origin && url.pathname === location.pathname;
  }

  // The form's address as the browser would build it, less the empty fields (from=&to=) it would send.
  function addressOf(searchForm) {
    var url = new URL(searchForm.action, location.href);
    var query = new URLSearchParams();
    new FormData(searchForm).forEach(function (value, key) {
      if (typeof value === "string" && value.trim() !== "") query.append(key, value);
    });
    url.search = query.toString();
    return url;
  }

  // Open disclosures (the phone's facet panel, a facet's "more" list) stay open when their part is replaced.
  function disclosureKey(details) {
    var owner = details.parentElement && details.parentElement.closest("[aria-labelledby]");
    return details.className + " " + (owner ? owner.getAttribute("aria-labelledby") : "");
  }

  function keepDisclosures(fresh) {
    var open = {};
    document.querySelectorAll("[data-search-part] details").forEach(function (details) {
      open[disclosureKey(details)] = details.open;
    });
    fresh.querySelectorAll("[data-search-part] details").forEach(function (details) {
      var key = disclosureKey(details);
      if (Object.prototype.hasOwnProperty.call(open, key)) details.open = open[key];
    });
  }

  // The form is updated rather than replaced: it may hold focus (the sort select) or words being typed.
  function updateForm(freshForm) {
    var hidden = form.querySelectorAll("input[type=hidden]");
    var before = hidden.length > 0 ? hidden[0] : form.querySelector(".refine");
    freshForm.querySelectorAll("input[type=hidden]").forEach(function (input) {
      form.insertBefore(document.importNode(input, true), before);
    });
    hidden.forEach(function (input) { input.remove(); });
    Array.prototype.forEach.call(freshForm.elements, function (field) {
      if (!field.name || field.type === "hidden") return;
      var mine = form.elements.namedItem(field.name);
      if (mine && "value" in mine) mine.value = field.value;
    });
  }

  // The head's canonical and language alternates, the feed of this search and the header's language links all
  // carry the address.
  function updateAddressLinks(fresh) {
    var selector = "link[rel=canonical], link[rel=alternate]";
    var before = document.head.querySelector("link[rel=stylesheet]");
    document.head.querySelectorAll(selector).forEach(function (link) { link.remove(); });
    fresh.head.querySelectorAll(selector).forEach(function (link) {
      document.head.insertBefore(document.importNode(link, true), before);
    });
    var languages = document.querySelector("nav.languages");
    var freshLanguages = fresh.querySelector("nav.languages");
    if (languages && freshLanguages) languages.replaceWith(document.importNode(freshLanguages, true));
  }

  // Replaces every part, or nothing when the answer is not a search page (an error page, say).
  function swap(fresh) {
    var freshForm = fresh.querySelector("form.search-form");
    var pairs = [];
    var complete = freshForm !== null;
    document.querySelectorAll("[data-search-part]").forEach(function (part) {
      var name = part.getAttribute("data-search-part");
      var next = fresh.querySelector("[data-search-part='" + name + "']");
      if (next) pairs.push([part, next]);
      else complete = false;
    });
    if (!complete) return false;
    keepDisclosures(fresh);
    pairs.forEach(function (pair) { pair[0].replaceWith(document.importNode(pair[1], true)); });
    updateForm(freshForm);
    updateAddressLinks(fresh);
    document.title = fresh.title;
    return true;
  }

  function resultCount() {
    return document.querySelector("[data-search-part] .result-count");
  }

  function announce(text) {
    // A live region only speaks when its text changes; the no-break space makes a repeated count a change.
    text = text.replace(/\s+/g, " ").trim();
    status.textContent = status.textContent === text ? text + "\u00a0" : text;
  }

  // after: "focus" moves focus to the new count (a link or a submitted form was used), "restore" does so without
  // scrolling (Back or Forward: the browser has already scrolled), "announce" leaves focus where it is, and
  // "results" closes the phone's facet panel and brings the results to the top of the screen.
  function load(address, push, after) {
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    region.setAttribute("aria-busy", "true");

    fetch(address, { headers: { Accept: "text/html" }, credentials: "same-origin", signal: controller.signal })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (!response.ok || type.indexOf("text/html") < 0) throw new Error("Search answered " + response.status);
        return response.text().then(function (html) {
          return { html: html, address: response.url || address };
        });
      })
      .then(function (answer) {
        if (pending !== controller) return;
        var fresh = new DOMParser().parseFromString(answer.html, "text/html");
        if (!swap(fresh)) throw new Error("The answer is not a search page");
        shown = withoutHash(answer.address);
        if (push) {
          if (shown === withoutHash(location.href)) history.replaceState(null, "", answer.address);
          else history.pushState(null, "", answer.address);
        }
        var count = resultCount();
        if (!count) return;
        if (after === "announce") {
          announce(count.textContent);
        } else if (after === "results") {
          var panel = document.querySelector("details.facet-panel");
          if (panel) panel.open = false;
          count.tabIndex = -1;
          count.focus({ preventScroll: true });
          (document.querySelector(".results-column") || count).scrollIntoView({ block: "start" });
        } else {
          count.tabIndex = -1;
          count.focus(after === "restore" ? { preventScroll: true } : undefined);
        }
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") return;
        // Whatever went wrong, the ordinary page at that address is the answer.
        location.href = address;
      })
      .then(function () {
        if (pending !== controller) return;
        pending = null;
        region.removeAttribute("aria-busy");
      });
  }

  region.addEventListener("click", function (event) {
    // A new tab, a new window or a download keeps its ordinary meaning.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target.closest("a[href]");
    if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) return;
    var url = new URL(link.href, location.href);
    if (!isSearchAddress(url)) return;
    event.preventDefault();
    // On a phone the facets are a panel over the results: once a value is chosen, the panel closes and the
    // results start at the top of the screen.
    var panel = link.closest("details.facet-panel");
    var summary = panel && panel.querySelector(":scope > summary");
    var collapsible = summary && summary.getClientRects().length > 0 && getComputedStyle(summary).display !== "none";
    load(url.href, true, collapsible ? "results" : "focus");
  });

  form.addEventListener("submit", function (event) {
    if (event.defaultPrevented) return;
    var url = addressOf(form);
    if (!isSearchAddress(url)) return;
    event.preventDefault();
    load(url.href, true, "focus");
  });

  // The sort order applies as soon as it is chosen; without script the Apply button does it.
  var sort = form.elements.namedItem("sort");
  if (sort) {
    sort.addEventListener("change", function () {
      if (!form.checkValidity()) {
        form.reportValidity();
        return;
      }
      load(addressOf(form).href, true, "announce");
    });
  }

  window.addEventListener("popstate", function () {
    // Following the skip link adds a history entry too; only a different address needs other results.
    if (withoutHash(location.href) === shown) return;
    load(location.href, false, "restore");
  });
})();
