// Says before the upload that a file is too big or there are too many; the server checks again.
// The texts come from the page (data-too-many, data-too-big), in the visitor's language; {0} is the number or name.
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
        var maxBytes = Number(input.dataset.maxBytes), maxFiles = Number(input.dataset.maxFiles), message = '';
        if (input.files.length > maxFiles) message = input.dataset.tooMany.replace('{0}', function () { return String(maxFiles); });
        Array.prototype.forEach.call(input.files, function (f) {
            if (f.size > maxBytes) message = input.dataset.tooBig.replace('{0}', function () { return f.name; });
        });
        input.setCustomValidity(message);
        input.reportValidity();
    });
});
