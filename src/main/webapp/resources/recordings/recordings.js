/* The recordings list: copies a playback link to the clipboard, with a fallback where the Clipboard API is missing. */
var bbbRecordings = bbbRecordings || {
    copy: function (button) {
        var url = button.getAttribute('data-url');
        var feedback = button.nextElementSibling;
        var done = function () {
            if (feedback) {
                feedback.textContent = button.getAttribute('data-copied');
            }
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(url).then(done, function () { bbbRecordings.fallback(url, done); });
        } else {
            bbbRecordings.fallback(url, done);
        }
    },
    fallback: function (url, done) {
        var field = document.createElement('textarea');
        field.value = url;
        field.setAttribute('readonly', '');
        field.style.position = 'absolute';
        field.style.left = '-10000px';
        document.body.appendChild(field);
        field.select();
        try {
            if (document.execCommand('copy')) {
                done();
            }
        } finally {
            document.body.removeChild(field);
        }
    }
};
