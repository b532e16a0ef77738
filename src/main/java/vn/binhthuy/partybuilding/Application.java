package vn.binhthuy.partybuilding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.binhthuy.partybuilding.backup.BackupCommands;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        // "backup" and "restore <file>" work on the data folder without starting the web application
        var command = BackupCommands.run(args);
        if (command.isPresent()) {
            System.exit(command.get());
        }
        SpringApplication.run(Application.class, args);
    }
}
