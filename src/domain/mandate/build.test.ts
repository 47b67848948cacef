import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../content-io/load.ts';
import { buildMandate } from './build.ts';

const withInputs = (inputs: Record<string, string>) => {
  const raw = readYamlFile(process.cwd(), 'mandate/articles.yaml');
  const data = raw.data as { inputs: Record<string, string> };
  return buildMandate({ ...raw, data: { ...data, inputs: { ...data.inputs, ...inputs } } });
};

describe('the answers the instrument reads, declared in content', () => {
  it('are all questions that exist and fit, in the content as it is', () => {
    expect(withInputs({}).issues).toEqual([]);
  });

  it('fail the build, naming the file and the input, when an input names a question that does not exist', () => {
    expect(withInputs({ name: 'secretariat-nmae' }).issues).toEqual([{ file: 'content/mandate/articles.yaml', field: 'inputs.name', message: 'unknown question "secretariat-nmae"' }]);
    expect(withInputs({ structure: 'structur' }).issues).toEqual([{ file: 'content/mandate/articles.yaml', field: 'inputs.structure', message: 'unknown question "structur"' }]);
  });

  it('fail the build when a text input names a question with options, or a choice lacks an option the composer reads', () => {
    expect(withInputs({ 'party-name': 'party-type' }).issues.map((i) => i.field)).toEqual(['inputs.party-name']);
    expect(withInputs({ 'party-type': 'structure' }).issues).toEqual([{ file: 'content/mandate/articles.yaml', field: 'inputs.party-type', message: '"structure" has no option "state", which the composer reads for party-type' }]);
    expect(withInputs({ phase: 'purpose' }).issues.map((i) => i.message)).toEqual(['"purpose" has no options; phase is read as a choice']);
  });

  it('fail the build when an input is missing', () => {
    const raw = readYamlFile(process.cwd(), 'mandate/articles.yaml');
    const { remarks: _, ...inputs } = (raw.data as { inputs: Record<string, string> }).inputs;
    const issues = buildMandate({ ...raw, data: { ...(raw.data as object), inputs } }).issues;
    expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual(['content/mandate/articles.yaml inputs.remarks']);
  });
});
