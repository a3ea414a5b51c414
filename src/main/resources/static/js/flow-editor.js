// The flow editor: Camunda's modeler (camunda-bpmn-js, served from /vendor) with Backops' checks shown on the
// diagram while the author works. Every change is sent to POST /api/flows/validate (after a short pause), and each
// problem is drawn on its element and listed. Saving keeps a draft in Backops; deploying deploys that draft, which
// the server refuses while any problem remains.
(function () {
  'use strict';
  var root = document.getElementById('flow-editor');
  if (!root || typeof BpmnModeler === 'undefined') {
    return;
  }
  var status = document.getElementById('editor-status');
  var list = document.getElementById('problems');
  var headers = {};
  headers[root.dataset.csrfHeader] = root.dataset.csrfToken;
  var draftId = root.dataset.draftId || null;
  var key = root.dataset.key || null;
  var basedOnVersion = root.dataset.version ? Number(root.dataset.version) : null;
  var modeler = new BpmnModeler({ container: '#canvas', propertiesPanel: { parent: '#properties' } });
  // Kept on the element for the browser tests, which drive the modeler's own API as its palette would.
  root.bpmnModeler = modeler;
  var marked = [];
  var pending = null;
  var generation = 0;

  function say(text) {
    status.textContent = text;
  }

  function source() {
    if (draftId) {
      return fetch('/api/flows/drafts/' + encodeURIComponent(draftId), { headers: headers })
        .then(function (r) { return r.json(); }).then(function (d) { key = d.key; return d.bpmn; });
    }
    if (key && basedOnVersion) {
      return fetch('/api/flows/' + encodeURIComponent(key) + '/versions/' + basedOnVersion + '/bpmn', { headers: headers })
        .then(function (r) { return r.text(); });
    }
    return fetch('/api/flows/template', { headers: headers }).then(function (r) { return r.text(); });
  }

  function show(problems) {
    var overlays = modeler.get('overlays');
    var canvas = modeler.get('canvas');
    var registry = modeler.get('elementRegistry');
    overlays.remove({ type: 'flow-problem' });
    marked.forEach(function (id) { if (registry.get(id)) { canvas.removeMarker(id, 'flow-has-problem'); } });
    marked = [];
    list.textContent = '';
    var byElement = {};
    problems.forEach(function (p) { (byElement[p.elementId] = byElement[p.elementId] || []).push(p); });
    Object.keys(byElement).forEach(function (id) {
      var element = registry.get(id);
      if (element && element.type !== 'label' && element.waypoints === undefined && element !== canvas.getRootElement()) {
        var badge = document.createElement('div');
        badge.className = 'flow-problem-badge';
        badge.dataset.element = id;
        badge.textContent = byElement[id].length === 1 ? '1 problem' : byElement[id].length + ' problems';
        badge.title = byElement[id].map(function (p) { return p.message; }).join('\n');
        overlays.add(id, 'flow-problem', { position: { top: -12, right: 10 }, html: badge });
      }
      if (element) {
        canvas.addMarker(id, 'flow-has-problem');
        marked.push(id);
      }
    });
    problems.forEach(function (p) {
      var item = document.createElement('li');
      item.dataset.element = p.elementId;
      var link = document.createElement('button');
      link.type = 'button';
      link.textContent = p.elementId;
      link.addEventListener('click', function () {
        var element = registry.get(p.elementId);
        if (element) {
          modeler.get('selection').select(element);
          canvas.scrollToElement(element);
        }
      });
      item.appendChild(link);
      item.appendChild(document.createTextNode(': ' + p.message + ' '));
      var from = document.createElement('span');
      from.className = 'source';
      from.textContent = '(' + (p.source || 'deploy') + (p.rule ? ' ' + p.rule : '') + ')';
      item.appendChild(from);
      list.appendChild(item);
    });
    list.dataset.count = String(problems.length);
  }

  function xml() {
    return modeler.saveXML({ format: true }).then(function (r) { return r.xml; });
  }

  function validate() {
    var mine = ++generation;
    say('Checking…');
    return xml().then(function (text) {
      var body = new FormData();
      body.append('file', new Blob([text], { type: 'application/xml' }), (key || 'flow') + '.bpmn');
      // A draft is checked with the forms edited for it, as its deployment will take them.
      var url = '/api/flows/validate' + (draftId ? '?draft=' + encodeURIComponent(draftId) : '');
      return fetch(url, { method: 'POST', body: body, headers: headers });
    }).then(function (r) { return r.json(); }).then(function (answer) {
      if (mine !== generation) {
        return; // an older answer than the diagram on screen
      }
      show(answer.problems || []);
      say(answer.deployable ? 'No problems: ready to deploy.' : answer.problems.length + ' problem(s) to fix before deploying.');
    }).catch(function () { say('Could not check the flow; try again.'); });
  }

  function validateSoon() {
    // The problems listed belong to the diagram before this change: unknown until the next answer.
    list.dataset.count = '-1';
    clearTimeout(pending);
    pending = setTimeout(validate, 700);
  }

  function saveDraft() {
    return xml().then(function (text) {
      var body = JSON.stringify({ bpmn: text, basedOnVersion: basedOnVersion });
      var jsonHeaders = Object.assign({ 'Content-Type': 'application/json' }, headers);
      var request = draftId
        ? fetch('/api/flows/drafts/' + encodeURIComponent(draftId), { method: 'PUT', body: body, headers: jsonHeaders })
        : fetch('/api/flows/drafts', { method: 'POST', body: body, headers: jsonHeaders });
      return request.then(function (r) {
        return r.json().then(function (answer) {
          if (!r.ok) {
            throw answer;
          }
          draftId = String(answer.id);
          key = answer.key;
          history.replaceState(null, '', '/flows/editor?draft=' + encodeURIComponent(draftId));
          say('Draft ' + draftId + ' of ' + key + ' saved (not deployed).');
          return answer;
        });
      });
    });
  }

  function refused(answer) {
    var errors = (answer && answer.errors) || [];
    show(errors.map(function (e) { return { elementId: e.field, message: e.message, source: 'deploy' }; }));
    say('Not deployed: ' + (answer && answer.detail ? answer.detail : 'fix the problems below.'));
  }

  document.getElementById('save-draft').addEventListener('click', function () {
    saveDraft().catch(refused);
  });

  document.getElementById('deploy-flow').addEventListener('click', function () {
    saveDraft().then(function () {
      return fetch('/api/flows/drafts/' + encodeURIComponent(draftId) + '/deploy', { method: 'POST', headers: headers });
    }).then(function (r) {
      return r.json().then(function (answer) {
        if (!r.ok) {
          throw answer;
        }
        draftId = null;
        basedOnVersion = answer.version;
        history.replaceState(null, '', '/flows/editor?key=' + encodeURIComponent(answer.key) + '&version=' + answer.version);
        show([]);
        say('Deployed ' + answer.key + ' version ' + answer.version + '.');
      });
    }).catch(refused);
  });

  // The forms the user tasks show, each opened in the form editor as a form of this draft (saved first).
  var formList = document.getElementById('flow-forms');
  function listForms() {
    var ids = {};
    modeler.get('elementRegistry').filter(function (e) { return e.type === 'bpmn:UserTask'; }).forEach(function (task) {
      var ref = task.businessObject.get('camunda:formRef');
      if (ref) {
        ids[ref] = true;
      }
    });
    formList.textContent = '';
    Object.keys(ids).sort().forEach(function (id) {
      var item = document.createElement('li');
      var open = document.createElement('button');
      open.type = 'button';
      open.dataset.form = id;
      open.textContent = 'Edit form ' + id;
      open.addEventListener('click', function () {
        saveDraft().then(function () {
          window.location.assign('/flows/forms/editor?draft=' + encodeURIComponent(draftId) + '&form=' + encodeURIComponent(id));
        }).catch(refused);
      });
      item.appendChild(open);
      formList.appendChild(item);
    });
  }

  modeler.on('commandStack.changed', validateSoon);
  modeler.on('commandStack.changed', listForms);
  source().then(function (text) {
    return modeler.importXML(text);
  }).then(function () {
    modeler.get('canvas').zoom('fit-viewport');
    listForms();
    say('Opened.');
    return validate();
  }).catch(function (e) {
    say('Could not open the flow: ' + (e && e.message ? e.message : e));
  });
}());
