// Keeps the sandbox conference page's participant list current, reloads it when guests arrive in (or leave) the
// lobby, and leaves the page when the meeting is over. On a waiting guest's lobby page, reloads it once a moderator
// decided.
(function () {
  'use strict';
  var lobby = document.getElementById('sandbox-lobby');
  if (lobby) {
    var waitForDecision = function () {
      fetch(lobby.dataset.statusUrl, { cache: 'no-store', credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (state) {
          if (state.state === 'waiting') {
            setTimeout(waitForDecision, 1000);
          } else if (state.state !== lobby.dataset.state) {
            window.location.reload();
          }
        })
        .catch(function () { setTimeout(waitForDecision, 1000); });
    };
    setTimeout(waitForDecision, 1000);
    return;
  }
  var root = document.getElementById('sandbox-conference');
  var list = document.getElementById('sandbox-participants');
  var count = document.getElementById('sandbox-participant-count');
  var status = document.getElementById('sandbox-status');
  var labels = { MODERATOR: root.dataset.moderatorLabel, VIEWER: root.dataset.viewerLabel };

  function render(participants) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    participants.forEach(function (p) {
      var item = document.createElement('li');
      item.dataset.userId = p.userID;
      item.dataset.role = p.role;
      item.textContent = p.fullName + ' (' + (labels[p.role] || p.role) + ')';
      list.appendChild(item);
    });
    count.textContent = String(participants.length);
  }

  function poll() {
    fetch(root.dataset.statusUrl, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.state === 'in') {
          if (String(state.waiting) !== root.dataset.waiting) {
            window.location.reload();
            return;
          }
          render(state.participants);
          setTimeout(poll, 2000);
        } else {
          status.textContent = root.dataset.endedText;
          window.location.assign(root.dataset.logoutUrl);
        }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }

  setTimeout(poll, 2000);
}());
