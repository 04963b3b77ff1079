// Says before the upload that a file is too big or there are too many; the server checks again.
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
        var maxBytes = Number(input.dataset.maxBytes), maxFiles = Number(input.dataset.maxFiles), message = '';
        if (input.files.length > maxFiles) message = 'Du kan højst vedhæfte ' + maxFiles + ' filer.';
        Array.prototype.forEach.call(input.files, function (f) {
            if (f.size > maxBytes) message = 'Filen ' + f.name + ' er for stor. Hver fil må højst fylde 10 MB.';
        });
        input.setCustomValidity(message);
        input.reportValidity();
    });
});
