import Foundation

@testable import Passport

extension GoldenWorld {
    /// Every golden file, by path under `Fixtures/golden/`.
    static var files: [String: String] {
        var files: [String: String] = [
            "trust-list.jwt": TestWorld.operatorSigner.sign(trustList: TestWorld.trustList),
            "presentation.vp-jwt": presentation,
            "did/carepath-operator.json": operatorDocument.json.serialized,
            "did/sunrise-care-group.json": TestWorld.issuerDocument.json.serialized,
            "did/bright-training.json": trainerDocument.json.serialized,
            "manifest.json": manifest.serialized,
        ]
        for credential in credentials { files["credentials/" + credential.file] = credential.token }
        for list in statusLists { files["status/" + list.file] = list.token }
        return files
    }

    /// What the Python check needs to know about the files.
    static var manifest: JSONObject {
        [
            "verifiedAt": .string(Timestamp.format(verifiedAt)),
            "trustList": ["file": "trust-list.jwt", "operatorDocument": "did/carepath-operator.json"],
            "didDocuments": [
                TestWorld.issuerDID: "did/sunrise-care-group.json", TestWorld.trainerDID: "did/bright-training.json",
                TestWorld.operatorDID: "did/carepath-operator.json",
            ],
            "statusLists": .object(
                JSONObject(
                    members: statusLists.map { list in
                        (
                            list.url,
                            ["file": .string("status/" + list.file), "statusSize": .number(Double(list.statusSize))]
                        )
                    })),
            "credentials": .array(
                credentials.map { credential in
                    [
                        "file": .string("credentials/" + credential.file),
                        "expectedVerdict": .string(credential.expected.rawValue),
                        "statusValue": .number(Double(credential.status)),
                    ]
                }),
            "presentation": [
                "file": "presentation.vp-jwt", "audience": .string(TestWorld.verifierDID), "nonce": .string(nonce),
                "holder": .string(TestWorld.workerDID),
            ],
        ]
    }
}
