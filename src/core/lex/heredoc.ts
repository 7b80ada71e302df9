// TEMPORARY placeholder (to be replaced by the BuildKit-faithful implementation)
export function heredocsFromLine(_line: string): { heredocs: { name: string; expand: boolean; chomp: boolean; fd: number }[]; error?: string } {
  return { heredocs: [] };
}
