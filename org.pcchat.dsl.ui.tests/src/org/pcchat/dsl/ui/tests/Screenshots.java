package org.pcchat.dsl.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Pictures of the workbench for the documentation. */
final class Screenshots {

	private Screenshots() {
	}

	/** Makes the workbench window as large as the (virtual) screen, for a readable picture. */
	static void useScreenSize(Shell shell) {
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
	}

	/**
	 * Saves the screen under the workbench window as PNG: copied from the display rather than the
	 * shell so that popups over the window (hovers) are in the picture.
	 */
	static void saveWorkbench(Shell shell, Path png) throws IOException {
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(png.getParent());
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
