/** Makes JSON text safe inside an HTML script element: core's text-safety module does it for every format. */
export { escapeJsonForHtml } from '@broadsheet/core';
