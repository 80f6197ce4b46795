/*
 * Room widgets (resources/rooms/room.xhtml): react to the server's push, copy share links, keep "started ... ago"
 * current, keep a button from being sent twice, and move between a widget's tabs with the keyboard. Everything here
 * only asks the server, which checks it all again.
 */
var bbbRooms = (function () {
    'use strict';

    var RETRIES = 3;
    var socketRetries = 0;
    var quietUntil = 0;
    var pendingTab = null;
    var statusAddress = null;
    var leaving = false;

    /** A message on the "rooms" channel: {room: push key, event: "started" | "ended"}. */
    function pushed(message) {
        if (!message || typeof message.room !== 'string' || Date.now() < quietUntil) {
            return;
        }
        document.querySelectorAll('.room[data-push-key]').forEach(function (room) {
            if (room.dataset.pushKey !== message.room) {
                return;
            }
            var toggle = room.querySelector('.room-autojoin-toggle');
            var joinNow = message.event === 'started' && room.dataset.waiting === 'true' && (!toggle || toggle.checked);
            var button = room.querySelector(joinNow ? '.room-autojoin' : '.room-refresh');
            if (button) {
                button.click();
            }
        });
    }

    /**
     * The push socket opened (or opened again): a start that happened before it listened went unheard, so the
     * waiting widgets ask the server once, with a plain read, and those whose meeting is open act as on a push.
     */
    function listening(statusUrl) {
        statusAddress = statusUrl;
        catchUp();
    }

    /** Asks the server once whether the meetings that the widgets wait for are open, and acts as on their push. */
    function catchUp() {
        var waiting = Array.prototype.filter.call(document.querySelectorAll('.room[data-push-key]'), function (room) {
            return room.dataset.waiting === 'true';
        });
        if (waiting.length === 0 || !window.fetch || !statusAddress) {
            return;
        }
        var query = waiting.map(function (room) {
            return 'room=' + encodeURIComponent(room.id.substring('room-'.length));
        }).join('&');
        fetch(statusAddress + '?' + query, {credentials: 'same-origin', cache: 'no-store'}).then(function (answer) {
            return answer.ok ? answer.json() : {open: []};
        }).then(function (status) {
            waiting.forEach(function (room) {
                if (status.open.indexOf(room.id.substring('room-'.length)) >= 0) {
                    pushed({room: room.dataset.pushKey, event: 'started'});
                }
            });
        })['catch'](function () {
            return null; // the widgets stay as they are: the next push or a reload brings them up to date
        });
    }

    /**
     * A request that the push triggered failed (network, or a server refusing it for a moment): the user would wait
     * for nothing, so it is tried again, a few times at most, a little later each time.
     */
    function retry(hostId, buttonClass) {
        var host = document.getElementById(hostId);
        var tries = host ? Number(host.dataset.retries || 0) : RETRIES;
        if (tries >= RETRIES) {
            return;
        }
        host.dataset.retries = String(tries + 1);
        setTimeout(function () {
            var button = host.querySelector('.' + buttonClass);
            if (button) {
                button.click();
            }
        }, 1000 * (tries + 1));
    }

    /**
     * The push socket closed for good. Faces reconnects a socket that was open, but not one whose first handshake
     * failed; that one is opened again a few times. Normal closes (1000, 1001 leaving the page) are left alone; a
     * refused channel (1008) is looked into.
     */
    function socketClosed(socketId, code) {
        if (code === 1008) {
            channelRefused();
            return;
        }
        if (code === 1000 || code === 1001 || socketRetries >= RETRIES + 2) {
            return;
        }
        socketRetries++;
        setTimeout(function () {
            faces.push.open(socketId);
        }, 2000 * socketRetries);
    }

    /**
     * 1008 ends the socket in two cases. Either the session ended (signing out, a deactivated user): the server closes
     * its sockets. Or another cluster node answers now, the one that rendered the page having died or restarted:
     * Faces keeps a channel's id in the memory of the node that made it, and this one refuses it, so the page would
     * hear no more pushes. The status read tells them apart, as it answers a signed-in session only (a session that
     * ended is sent to the login page instead); in the second case the page loads again, from the node that answers,
     * at most once a minute. A page that is being left (a sign-out is a form post) is never loaded again.
     */
    function channelRefused() {
        if (leaving || !window.fetch || !statusAddress) {
            return;
        }
        fetch(statusAddress, {credentials: 'same-origin', cache: 'no-store', redirect: 'manual'}).then(function (answer) {
            var json = (answer.headers.get('Content-Type') || '').indexOf('application/json') === 0;
            if (answer.ok && json && !leaving) {
                reloadOnce();
            }
        })['catch'](function () {
            return null; // no node answers: the page stays as it is
        });
    }

    function reloadOnce() {
        var key = 'bbbRooms.reloadedForChannel';
        var last = Number(window.sessionStorage.getItem(key) || 0);
        if (Date.now() - last > 60000) {
            window.sessionStorage.setItem(key, String(Date.now()));
            window.location.reload();
        }
    }

    /**
     * After an Ajax update of a widget: tells screen readers its new state, from a region that stays in place, and
     * sends the tab that Start or Join of the embed view opened to the join link of the answer. A Start answered
     * with a wait (someone else is starting the meeting) left the page here: its pushes count again, and what they
     * said meanwhile is asked for.
     */
    function updated(hostId, args) {
        var host = document.getElementById(hostId);
        if (args) {
            opened(host, args.conference);
        }
        if (!host) {
            return;
        }
        var room = host.querySelector('.room[data-push-key]');
        if (quietUntil > 0 && room && room.dataset.waiting === 'true') {
            quietUntil = 0;
            catchUp();
        }
        var announce = host.querySelector('.room-announce');
        var state = host.querySelector('.room-state');
        if (announce && state) {
            announce.textContent = state.textContent.replace(/\s+/g, ' ').trim();
        }
        tick();
    }

    /** After a tab of a widget was chosen and the widget redrawn: the focus goes back to the chosen tab. */
    function tabbed(hostId) {
        var host = document.getElementById(hostId);
        var tab = host && host.querySelector('[role="tab"][aria-selected="true"]');
        if (tab) {
            tab.focus();
        }
    }

    /** Arrow keys, Home and End move between a widget's tabs; Enter or Space opens the one in focus. */
    function tabKey(event) {
        var tab = event.target.closest && event.target.closest('[role="tab"]');
        var keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
        if (!tab || keys.indexOf(event.key) < 0) {
            return;
        }
        var tabs = Array.prototype.slice.call(tab.closest('[role="tablist"]').querySelectorAll('[role="tab"]'));
        var at = tabs.indexOf(tab);
        var next = {ArrowLeft: at - 1 + tabs.length, ArrowRight: at + 1, Home: 0, End: tabs.length - 1}[event.key];
        tabs[next % tabs.length].focus();
        event.preventDefault();
    }

    function copy(button) {
        var room = button.closest('.room');
        var field = room.querySelector('.room-link');
        var note = room.querySelector('.room-copy-note');
        var say = function (copied) {
            note.textContent = '';
            note.textContent = copied ? note.dataset.copied : note.dataset.failed;
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(function () {
                say(true);
            }, function () {
                say(selectAndCopy(field));
            });
        } else {
            say(selectAndCopy(field));
        }
    }

    /** The older way, which also leaves the link selected for the user to copy when it fails. */
    function selectAndCopy(field) {
        field.focus();
        field.select();
        try {
            return document.execCommand('copy');
        } catch (e) {
            return false;
        }
    }

    /**
     * Start or Join was pressed. The button rests a few seconds, so that a double click sends one POST (Ajax buttons
     * also rest until their answer). In the same tab the page is on its way to BBB: pushes are ignored meanwhile,
     * rather than sending requests that nobody will see answered.
     */
    function clicked(button) {
        if (!button.form || button.form.target !== '_blank') {
            quietUntil = Date.now() + 10000;
        }
        rest(button);
    }

    /** Disables the button for a few seconds, once the click that is under way has been sent. */
    function rest(button) {
        setTimeout(function () {
            button.disabled = true;
            setTimeout(function () {
                button.disabled = false;
            }, 5000);
        }, 0);
    }

    /** Rewrites "started N minutes ago" in the page's language; the server's text stays where Intl is missing. */
    function tick() {
        if (!window.Intl || !Intl.RelativeTimeFormat) {
            return;
        }
        var format = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, {numeric: 'always'});
        document.querySelectorAll('time.room-since[data-since]').forEach(function (time) {
            var minutes = Math.floor((Date.now() - Number(time.dataset.since)) / 60000);
            if (minutes >= 1) {
                time.textContent = minutes < 120 ? format.format(-minutes, 'minute')
                        : format.format(-Math.floor(minutes / 60), 'hour');
            }
        });
    }

    /**
     * Start or Join in the embed view, which may be in another site's frame, where BBB cannot run: a tab is opened
     * now, while the click allows it, and sent to the join link once the answer brings it (opened).
     */
    function openingTab(button) {
        pendingTab = window.open('', '_blank');
        rest(button);
    }

    /** The join link came (or not): into the pending tab, or, if the browser blocked it, as a link to click. */
    function opened(host, url) {
        var tab = pendingTab;
        pendingTab = null;
        if (!url) {
            if (tab) {
                tab.close();
            }
            return;
        }
        if (tab && !tab.closed) {
            tab.opener = null;
            tab.location.href = url;
            return;
        }
        var link = host && host.querySelector('.room-open-link');
        if (link) {
            link.href = url;
            link.hidden = false;
            link.focus();
        }
    }

    document.addEventListener('DOMContentLoaded', tick);
    window.addEventListener('beforeunload', function () {
        leaving = true;
    });
    document.addEventListener('keydown', tabKey);
    setInterval(tick, 30000);

    return {
        pushed: pushed, listening: listening, updated: updated, retry: retry, socketClosed: socketClosed, copy: copy, clicked: clicked,
        tabbed: tabbed, openingTab: openingTab
    };
}());
