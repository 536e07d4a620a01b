/// <reference types="vite/client" />
// `import.meta.env.PROD` (set by Vite) decides whether the service worker is registered.
