// Suggestions under a search box as the reader types, from /api/suggest, following the ARIA 1.2 combobox pattern
// with a list popup: the input keeps focus, arrow keys move through the options (aria-activedescendant), Enter takes
// the option shown as active and searches for it, Escape closes the list. Without script the box is a plain input.
(function () {
  'use strict';

  function enhance(input) {
    var url = input.getAttribute('data-suggest');
    if (!url) return;
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || 'Suggestions');
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');

    var active = -1;
    var timer = 0;
    var pending = null;
    var last = '';

    function options() { return list.querySelectorAll('[role="option"]'); }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function show(items) {
      list.textContent = '';
      items.forEach(function (text, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = text;
        // mousedown, not click: the input must not lose focus (and close the list) before the choice is taken.
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(text);
        });
        list.appendChild(option);
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (items.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function highlight(index) {
      var all = options();
      if (all.length === 0) return;
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) { option.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function choose(text) {
      input.value = text;
      close();
      if (input.form) input.form.requestSubmit ? input.form.requestSubmit() : input.form.submit();
    }

    function fetchSuggestions() {
      var typed = input.value.trim();
      if (typed === last) return;
      last = typed;
      if (typed.length < 2) { show([]); return; }
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(url + '?q=' + encodeURIComponent(typed), { signal: pending.signal, headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) { if (input.value.trim() === typed) show(body.suggestions || []); })
        .catch(function () { /* an aborted or failed request leaves the list as it was */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
      switch (event.key) {
        case 'ArrowDown':
          if (!open) { last = ''; fetchSuggestions(); } else highlight(active + 1);
          event.preventDefault();
          break;
        case 'ArrowUp':
          if (open) { highlight(active - 1); event.preventDefault(); }
          break;
        case 'Enter':
          if (open && active >= 0) { event.preventDefault(); choose(options()[active].textContent); }
          break;
        case 'Escape':
          if (open) { event.preventDefault(); close(); }
          break;
        case 'Tab':
          close();
          break;
      }
    });
    input.addEventListener('blur', close);
  }

  document.querySelectorAll('input[data-suggest]').forEach(enhance);
})();
