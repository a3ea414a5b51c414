// The form editor: bpmn.io's form-js editor on a Camunda Form, and a preview with form-js's viewer, redrawn
// after each change. The form is downloaded as a .form file, to be deployed with its flow.
(function () {
  'use strict';
  var root = document.getElementById('form-editor');
  if (!root || typeof FormEditor === 'undefined' || typeof FormViewer === 'undefined') {
    return;
  }
  var status = document.getElementById('form-status');
  var editor = new FormEditor.FormEditor({ container: document.getElementById('form-canvas') });
  var preview = new FormViewer.Form({ container: document.getElementById('form-preview') });
  var pending = null;

  function redraw() {
    var schema = editor.saveSchema();
    return preview.importSchema(schema, {}).then(function () {
      root.dataset.schemaVersion = String(schema.schemaVersion);
      root.dataset.previewFields = String(document.querySelectorAll('#form-preview .fjs-form-field').length);
      status.textContent = 'Preview up to date (schema version ' + schema.schemaVersion + ').';
    });
  }

  function redrawSoon() {
    clearTimeout(pending);
    pending = setTimeout(redraw, 300);
  }

  editor.on('changed', redrawSoon);
  editor.on('import.done', redrawSoon);

  document.getElementById('download-form').addEventListener('click', function () {
    var text = JSON.stringify(editor.saveSchema(), null, 2);
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = root.dataset.formId + '.form';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // Kept on the element for the browser tests.
  root.formEditor = editor;
  fetch(root.dataset.formUrl).then(function (r) { return r.json(); }).then(function (schema) {
    return editor.importSchema(schema);
  }).then(redraw).catch(function (e) {
    status.textContent = 'Could not open the form: ' + (e && e.message ? e.message : e);
  });
}());
