// Search suggestions as you type: the WAI-ARIA APG "combobox with listbox popup"
// pattern. Progressive enhancement: without JavaScript the form simply submits.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form[data-suggest-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("#search-q");
  var list = form.querySelector("#search-suggestions");
  var status = form.querySelector("#search-suggestions-status");
  if (!input || !list) return;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  var active = -1;
  var timer = null;
  var lastAsked = "";
  var controller = null;

  function options() { return list.querySelectorAll("[role=option]"); }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    var items = options();
    if (!items.length) return;
    if (index < 0) index = items.length - 1;
    if (index >= items.length) index = 0;
    items.forEach(function (item, i) {
      item.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    active = index;
    input.setAttribute("aria-activedescendant", items[index].id);
  }

  function render(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (s, i) {
      var li = document.createElement("li");
      li.id = "search-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.url = s.url;
      var title = document.createElement("span");
      title.textContent = s.title;
      var kind = document.createElement("span");
      kind.className = "search-suggestions__kind";
      kind.textContent = s.kind_label;
      li.appendChild(title);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(kind);
      li.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep focus in the input
        window.location.href = s.url;
      });
      list.appendChild(li);
    });
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = suggestions.length === 1
        ? form.dataset.oneSuggestion
        : form.dataset.manySuggestions.replace("%(count)s", String(suggestions.length));
    } else {
      close();
      status.textContent = "";
    }
    active = -1;
  }

  function ask() {
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    if (q === lastAsked) return;
    lastAsked = q;
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    fetch(form.dataset.suggestUrl + "?q=" + encodeURIComponent(q), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined
    })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (input.value.trim() === q) render(data.suggestions || []); })
      .catch(function () { /* suggestions are optional; the form still works */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown") {
      if (!open) { lastAsked = ""; ask(); return; }
      event.preventDefault();
      highlight(active + 1);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].dataset.url;
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
