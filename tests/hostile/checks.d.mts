/** Types for checks.mjs: independent checks of the command's outputs. */
export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}
export interface FolderCheck {
  problems: string[];
  temps: number;
  checked: number;
  files: number;
}
export function tool(
  command: string,
  args: readonly string[],
  options?: { input?: string; timeout?: number },
): ToolResult;
export function isTempFile(name: string): boolean;
export function checkPdf(file: string, options?: { text?: boolean }): string[];
export function checkDocx(file: string, options?: { parts?: boolean }): string[];
export function checkModel(file: string): string[];
export function checkJsonLd(file: string): string[];
export function checkJsonLdHtml(file: string): string[];
export function checkFeed(file: string): string[];
export function checkJsonFeed(file: string): string[];
export function checkPage(file: string): string[];
export function checkOutputFolder(
  dir: string,
  options?: { thorough?: boolean; seen?: Map<string, string> },
): FolderCheck;
export function listFiles(dir: string): string[];
export function hasStackTrace(stderr: string): boolean;
export function tempFile(name: string, bytes: Uint8Array | string): string;
