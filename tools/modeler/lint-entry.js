// bpmnlint's recommended rules over bpmn-moddle, packed into one script without require() or file access, so the
// same file runs in the JVM (GraalJS, behind POST /api/flows/validate and every deploy) and could run in a page.
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import recommended from 'bpmnlint/config/recommended';

// A static resolver: every rule the recommended config names, bundled at build time.
const rules = {
  'ad-hoc-sub-process': require('bpmnlint/rules/ad-hoc-sub-process'),
  'conditional-flows': require('bpmnlint/rules/conditional-flows'),
  'end-event-required': require('bpmnlint/rules/end-event-required'),
  'event-based-gateway': require('bpmnlint/rules/event-based-gateway'),
  'event-sub-process-typed-start-event': require('bpmnlint/rules/event-sub-process-typed-start-event'),
  'fake-join': require('bpmnlint/rules/fake-join'),
  'global': require('bpmnlint/rules/global'),
  'label-required': require('bpmnlint/rules/label-required'),
  'link-event': require('bpmnlint/rules/link-event'),
  'no-bpmndi': require('bpmnlint/rules/no-bpmndi'),
  'no-complex-gateway': require('bpmnlint/rules/no-complex-gateway'),
  'no-disconnected': require('bpmnlint/rules/no-disconnected'),
  'no-duplicate-sequence-flows': require('bpmnlint/rules/no-duplicate-sequence-flows'),
  'no-gateway-join-fork': require('bpmnlint/rules/no-gateway-join-fork'),
  'no-implicit-split': require('bpmnlint/rules/no-implicit-split'),
  'no-implicit-end': require('bpmnlint/rules/no-implicit-end'),
  'no-implicit-start': require('bpmnlint/rules/no-implicit-start'),
  'no-inclusive-gateway': require('bpmnlint/rules/no-inclusive-gateway'),
  'no-overlapping-elements': require('bpmnlint/rules/no-overlapping-elements'),
  'single-blank-start-event': require('bpmnlint/rules/single-blank-start-event'),
  'single-event-definition': require('bpmnlint/rules/single-event-definition'),
  'start-event-required': require('bpmnlint/rules/start-event-required'),
  'sub-process-blank-start-event': require('bpmnlint/rules/sub-process-blank-start-event'),
  'superfluous-gateway': require('bpmnlint/rules/superfluous-gateway'),
  'superfluous-label': require('bpmnlint/rules/superfluous-label'),
  'superfluous-termination': require('bpmnlint/rules/superfluous-termination')
};

const resolver = {
  resolveRule(pkg, ruleName) {
    const rule = rules[ruleName];
    if (pkg !== 'bpmnlint' || !rule) {
      throw new Error('unknown rule ' + pkg + '/' + ruleName);
    }
    return rule;
  },
  resolveConfig(pkg, configName) {
    throw new Error('unknown config ' + pkg + '/' + configName);
  }
};

/** The problems of one BPMN XML text: [{id, rule, category, message}], category "error" or "warn". */
export async function lint(xml) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const linter = new Linter({ config: { rules: recommended.rules }, resolver });
  const results = await linter.lint(rootElement);
  const problems = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({ id: report.id || '', rule, category: report.category, message: report.message });
    }
  }
  return problems;
}

export const ruleNames = Object.keys(rules);
