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
