/**
 * Saves the answers as a file the user keeps, named after the secretariat. Loaded on click: most visits
 * to the questionnaire never download, and its first page's weight is budgeted.
 */
import type { AnswersFile } from '../../domain/answers/file.ts';
import { serializeAnswersFile } from '../../domain/answers/format.ts';

export function download(file: AnswersFile) {
  const name = (file.answers['secretariat-name'] ?? 'answers')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60) || 'answers';
  const blob = new Blob([serializeAnswersFile(file)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name}-${(file.savedAt ?? '').slice(0, 10) || 'answers'}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

