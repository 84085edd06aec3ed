/**
 * A coach's answer as an FAQ passage of the bot's knowledge: the visitor's question as the heading and the
 * coach's words as the text, so the knowledge search finds it for the next visitor asking the same and the
 * bot answers with those words. One source per saved answer: saving it again replaces it rather than adding
 * a copy.
 */
export interface FaqPassage {
  source: string;
  format: 'markdown';
  category: 'faq';
  content: string;
}

export function faqPassage(messageId: string, question: string, answer: string): FaqPassage {
  const heading = question.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '');
  return {
    source: `coach-answers/${messageId}.md`,
    format: 'markdown',
    category: 'faq',
    content: `# Answers from our coaches\n\n## ${heading}\n\n${answer.trim()}\n`,
  };
}

/** The visitor message a coach's reply answered: the last one the visitor wrote before it. */
export function questionBefore<T extends { sender_type: string; content: string }>(messages: T[], index: number): string {
  for (let i = index - 1; i >= 0; i--) if (messages[i]!.sender_type === 'client') return messages[i]!.content;
  return '';
}
