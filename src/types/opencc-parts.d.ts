// opencc-js ships these tables without type declarations; they are lists of
// dictionary groups, as `opencc-js/core` expects.
declare module 'opencc-js/from/hk' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
declare module 'opencc-js/from/tw' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
declare module 'opencc-js/dict/STCharacters' {
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
