/* Community pages: reactions without a page reload (the forms still work without JS). */
(function () {
  "use strict";
  var live = document.getElementById("community-live");

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-reaction]")) return;
    event.preventDefault();
    var button = form.querySelector("button");
    var kind = form.querySelector("input[name=kind]").value;
    button.disabled = true;
    fetch(form.getAttribute("data-api"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({ kind: kind })
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        var countEl = button.querySelector(".reaction__count");
        var count = countEl ? parseInt(countEl.textContent, 10) || 0 : 0;
        count += data.active ? 1 : -1;
        if (!countEl && count > 0) {
          countEl = document.createElement("span");
          countEl.className = "reaction__count";
          button.appendChild(document.createTextNode(" "));
          button.appendChild(countEl);
        }
        if (countEl) {
          if (count > 0) countEl.textContent = String(count);
          else countEl.remove();
        }
        button.setAttribute("aria-pressed", data.active ? "true" : "false");
        button.classList.toggle("reaction--mine", data.active);
        if (live) live.textContent = form.getAttribute(data.active ? "data-on" : "data-off");
      })
      .catch(function () {
        form.submit(); /* fall back to the ordinary form post */
      })
      .then(function () {
        button.disabled = false;
      });
  });
})();

/* Photo inputs: check the chosen files before they are sent (the server checks again),
   so nobody waits for 40 MB to upload only to be told no. */
(function () {
  "use strict";

  function fill(template, values) {
    return String(template || "").replace(/%\((\w+)\)s/g, function (whole, key) {
      return key in values ? String(values[key]) : whole;
    });
  }

  function noteFor(input) {
    var id = input.id + "-check";
    var note = document.getElementById(id);
    if (!note) {
      note = document.createElement("ul");
      note.id = id;
      note.className = "errorlist";
      note.setAttribute("aria-live", "polite");
      input.insertAdjacentElement("afterend", note);
      var described = (input.getAttribute("aria-describedby") || "").split(" ");
      if (described.indexOf(id) === -1) {
        described.push(id);
        input.setAttribute("aria-describedby", described.join(" ").trim());
      }
    }
    return note;
  }

  function checkPhotos(input) {
    var files = Array.prototype.slice.call(input.files || []);
    var max = parseInt(input.getAttribute("data-max-count"), 10);
    var maxBytes = parseInt(input.getAttribute("data-max-bytes"), 10);
    var accepted = (input.getAttribute("accept") || "").split(",");
    var problems = [];
    if (files.length > max) {
      problems.push(fill(input.getAttribute("data-too-many"), { count: files.length, max: max }));
    }
    files.forEach(function (file) {
      if (file.size > maxBytes) {
        problems.push(fill(input.getAttribute("data-too-large"), { name: file.name }));
      } else if (file.type && accepted.indexOf(file.type) === -1) {
        problems.push(fill(input.getAttribute("data-not-photo"), { name: file.name }));
      }
    });
    var note = noteFor(input);
    note.textContent = "";
    problems.forEach(function (problem) {
      var item = document.createElement("li");
      item.textContent = problem;
      note.appendChild(item);
    });
    if (problems.length) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    return problems.length === 0;
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input.matches && input.matches("input[data-photo-check]")) checkPhotos(input);
  });

  document.addEventListener("submit", function (event) {
    var input = event.target.querySelector && event.target.querySelector("input[data-photo-check]");
    if (input && !checkPhotos(input)) {
      event.preventDefault();
      input.focus();
    }
  });
})();
