package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painwise.config.BackupSettingsAccess;

/** The backup folder: newest first, only the app's own zip files, the oldest pruned. */
class BackupFilesTest {

  @TempDir Path dir;

  @Test
  void listsNewestFirstAndPrunesTheOldestOnly() throws Exception {
    for (String name :
        List.of(
            "painwise-20261126-023000.zip",
            "painwise-20261128-023000.zip",
            "painwise-20261127-023000.zip",
            "painwise-20261128-101010.zip.part",
            "notes.txt")) {
      Files.writeString(dir.resolve(name), name);
    }
    assertEquals(
        List.of(
            "painwise-20261128-023000.zip",
            "painwise-20261127-023000.zip",
            "painwise-20261126-023000.zip"),
        BackupService.list(dir).stream().map(BackupService.Backup::name).toList());

    BackupService.prune(dir, 2);

    assertEquals(
        List.of("painwise-20261128-023000.zip", "painwise-20261127-023000.zip"),
        BackupService.list(dir).stream().map(BackupService.Backup::name).toList());
    assertTrue(Files.exists(dir.resolve("notes.txt")), "other files stay");
    assertTrue(Files.exists(dir.resolve("painwise-20261128-101010.zip.part")));
  }

  @Test
  void aMissingFolderHasNoBackups() {
    assertEquals(List.of(), BackupService.list(dir.resolve("none")));
  }

  @Test
  void settingsAreCheckedAtStartUp() {
    assertEquals(Optional.of(LocalTime.of(2, 30)), BackupSettingsAccess.schedule("02:30"));
    assertEquals(Optional.empty(), BackupSettingsAccess.schedule("off"));
    assertThrows(IllegalArgumentException.class, () -> BackupSettingsAccess.schedule("daily"));
    assertEquals(7, BackupSettingsAccess.keep("7"));
    assertThrows(IllegalArgumentException.class, () -> BackupSettingsAccess.keep("0"));
  }
}
