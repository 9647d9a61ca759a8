import{a,b,c,d,e,f}from"./chunk-VHZIVYBS.mjs";import"./chunk-VYISMYPH.mjs";export{b as STATE_MARKER,a as STATE_VERSION,c as emptyState,f as fitState,e as readState,d as stateComment};
