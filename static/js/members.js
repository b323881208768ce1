// The notification bell keeps its count fresh while the page is open, and says so
// politely to screen readers when something new arrives. Progressive enhancement:
// without JavaScript the count is simply updated on the next page load.
(function () {
  var bell = document.querySelector("[data-members-bell]");
  if (!bell || !window.fetch) {
    return;
  }
  var url = bell.getAttribute("data-unread-url");
  var seconds = parseInt(bell.getAttribute("data-poll-seconds"), 10) || 60;
  var live = document.getElementById("members-bell-live");
  var last = parseInt(bell.getAttribute("data-unread"), 10) || 0;

  function render(unread) {
    var count = bell.querySelector(".members-bell__count");
    var spoken = bell.querySelector(".members-bell__sr");
    if (unread > 0) {
      if (!count) {
        count = document.createElement("span");
        count.className = "members-bell__count";
        spoken = document.createElement("span");
        spoken.className = "visually-hidden members-bell__sr";
        spoken.textContent = " " + bell.getAttribute("data-unread-label");
        bell.appendChild(document.createTextNode(" "));
        bell.appendChild(count);
        bell.appendChild(spoken);
      }
      count.textContent = String(unread);
    } else {
      if (count) { count.remove(); }
      if (spoken) { spoken.remove(); }
    }
    if (unread > last && live) {
      live.textContent = unread === 1
        ? bell.getAttribute("data-live-one")
        : bell.getAttribute("data-live-many").replace("%s", String(unread));
    }
    last = unread;
  }

  function refresh() {
    if (document.hidden) {
      return;
    }
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && typeof data.unread === "number") { render(data.unread); }
      })
      .catch(function () { /* offline for a moment: try again next time */ });
  }

  window.setInterval(refresh, seconds * 1000);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) { refresh(); }
  });
})();
