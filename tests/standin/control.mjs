// The test process's view into the stand-in: messages over the fork IPC channel. The child
// reports what main did (window ready with its CDP endpoint, error boxes, exit); the test asks
// for the recorded state, clicks menu items, answers native dialogs or asks for a permission.

function serializeMenu(menu) {
  return (
    menu?.items.map((item) => ({
      id: item.id ?? null,
      label: item.label ?? null,
      role: item.role ?? null,
      type: item.type,
      accelerator: item.accelerator ?? null,
      enabled: item.enabled,
      submenu: item.submenu ? serializeMenu(item.submenu) : null,
    })) ?? null
  );
}

export function serveControl(standin, { app, BrowserWindow, Menu }) {
  if (!process.send) return;
  standin.report = (message) => {
    if (process.connected) process.send(message);
  };
  const commands = {
    state: () => ({
      sandboxEnabled: standin.sandboxEnabled,
      privilegedSchemes: standin.privilegedSchemes,
      webPreferences: standin.webPreferences.map(({ preload, ...rest }) => ({ ...rest, preload: preload ?? null })),
      errorBoxes: standin.errorBoxes,
      openedExternal: standin.openedExternal,
      preventedNavigations: standin.preventedNavigations,
      deniedWindows: standin.deniedWindows,
      openedWindows: standin.openedWindows,
      dialogsShown: standin.dialogsShown,
      printJobs: standin.printJobs,
      menu: serializeMenu(Menu.getApplicationMenu()),
      windows: BrowserWindow.getAllWindows().length,
      exitCode: standin.exitCode,
    }),
    clickMenu: ({ id }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(id);
      if (!item) throw new Error(`Inget menyval med id ${id}`);
      if (!item.enabled) throw new Error(`Menyvalet ${id} är avstängt`);
      item.click?.(item, BrowserWindow.getFocusedWindow(), { triggeredByAccelerator: false });
      return true;
    },
    answerPrint: ({ ok, reason }) => {
      standin.printAnswers.push({ ok, reason });
      return true;
    },
    answerDialog: ({ path }) => {
      standin.dialogAnswers.push(path);
      return true;
    },
    permission: ({ permission }) =>
      new Promise((resolve) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        standin.permissionRequestHandler(contents, permission, resolve, {});
      }),
    permissionCheck: ({ permission }) =>
      standin.permissionCheckHandler(BrowserWindow.getAllWindows()[0]?.webContents, permission, '', {}),
    // What macOS does when a .kallelse file is double-clicked while the app runs.
    openFile: ({ path }) => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      app.emit('open-file', event, path);
      return event.defaultPrevented;
    },
    quit: () => {
      app.quit();
      return true;
    },
  };
  process.on('message', async (message) => {
    if (!message || typeof message.id !== 'number') return;
    try {
      const value = await commands[message.cmd](message.args ?? {});
      standin.report({ type: 'reply', id: message.id, ok: true, value });
    } catch (error) {
      standin.report({ type: 'reply', id: message.id, ok: false, error: String(error?.stack ?? error) });
    }
  });
  // The test process going away ends the app, like closing its last window.
  process.on('disconnect', () => app.quit());
}
