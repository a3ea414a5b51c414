// The form editor: bpmn.io's form-js editor on a Camunda Form, and a preview with form-js's viewer, redrawn
// after each change. Opened from a flow draft, the form is saved into the draft (and deployed with it); a shipped
// form is downloaded as a .form file.
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

  var saveButton = document.getElementById('save-form');
  var problems = document.getElementById('form-problems');
  if (saveButton) {
    saveButton.addEventListener('click', function () {
      var headers = { 'Content-Type': 'application/json' };
      headers[root.dataset.csrfHeader] = root.dataset.csrfToken;
      problems.textContent = '';
      fetch(root.dataset.saveUrl, { method: 'PUT', headers: headers, body: JSON.stringify(editor.saveSchema(), null, 2) })
        .then(function (r) {
          if (r.ok) {
            status.textContent = 'Saved in the draft: deployed with it.';
            return;
          }
          return r.json().then(function (answer) {
            (answer.errors || []).forEach(function (e) {
              var item = document.createElement('li');
              item.dataset.field = e.field;
              item.textContent = e.field + ' ' + e.message;
              problems.appendChild(item);
            });
            status.textContent = 'Not saved: ' + (answer.detail || 'see the problems below.');
          });
        }).catch(function () { status.textContent = 'Could not save the form; try again.'; });
    });
  }

  // A form the draft does not have yet starts empty, at the schema version Tasklist renders.
  function blank() {
    return { id: root.dataset.formId, type: 'default', executionPlatform: 'Camunda Platform',
      executionPlatformVersion: '7.24.0', schemaVersion: Number(root.dataset.schemaPin), components: [] };
  }

  // Kept on the element for the browser tests.
  root.formEditor = editor;
  fetch(root.dataset.formUrl).then(function (r) {
    if (r.status === 404 && root.dataset.saveUrl) {
      return blank();
    }
    if (!r.ok) {
      throw new Error('HTTP ' + r.status);
    }
    return r.json();
  }).then(function (schema) {
    return editor.importSchema(schema);
  }).then(redraw).catch(function (e) {
    status.textContent = 'Could not open the form: ' + (e && e.message ? e.message : e);
  });
}());
